using System;
using System.Globalization;
using System.Net.Security;
using System.Security.Authentication;
using Microsoft.Extensions.Configuration;

namespace Messaging.RabbitMq;

/// <summary>
/// Reads <see cref="RabbitMqOptions"/> from a configuration section key by key (no configuration binder, so trimming- and AOT-safe): <c>Uri</c> (first), <c>Host</c>,
/// <c>Port</c>, <c>VirtualHost</c>, <c>UserName</c>, <c>Password</c>, <c>ConnectionName</c>, <c>PublishTimeout</c>, <c>Hosts:0</c>, <c>Hosts:1</c>, … and <c>Tls:Enabled</c>,
/// <c>Tls:ServerName</c>, <c>Tls:CaCertificatePath</c>, <c>Tls:ClientCertificatePath</c>,
/// <c>Tls:ClientCertificatePassword</c>, <c>Tls:AllowedPolicyErrors</c>, <c>Tls:Protocols</c>, <c>StartTimeout</c>, <c>MaxMessageSize</c>, <c>MaxDeliveries</c>. Missing keys keep the
/// defaults; a value that does not parse fails with the key's full path.
/// </summary>
internal static class RabbitMqConfiguration
{
    public static RabbitMqOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new RabbitMqOptions();
        if (configuration["Uri"] is { Length: > 0 } uri)
        {
            options.SetUri(uri);
        }

        if (configuration["Host"] is { } host)
        {
            options.Host = host;
        }

        options.Port = ReadInt(configuration, "Port", options.Port);
        if (configuration["VirtualHost"] is { } virtualHost)
        {
            options.VirtualHost = virtualHost;
        }

        // Configuration keys are case-insensitive, so Username works as well.
        if (configuration["UserName"] is { } userName)
        {
            options.UserName = userName;
        }

        if (configuration["Password"] is { } password)
        {
            options.Password = password;
        }

        options.ConnectionName = configuration["ConnectionName"] ?? options.ConnectionName;
        options.PublishTimeout = ReadTimeSpan(configuration, "PublishTimeout", options.PublishTimeout);
        foreach (var entry in configuration.GetSection("Hosts").GetChildren())
        {
            if (entry.Value is { } node)
            {
                options.Hosts.Add(node);
            }
        }

        var tls = configuration.GetSection("Tls");
        options.Tls.Enabled = ReadBool(tls, "Enabled", options.Tls.Enabled);
        options.Tls.ServerName = tls["ServerName"] ?? options.Tls.ServerName;
        options.Tls.CaCertificatePath = tls["CaCertificatePath"] ?? options.Tls.CaCertificatePath;
        options.Tls.ClientCertificatePath = tls["ClientCertificatePath"] ?? options.Tls.ClientCertificatePath;
        options.Tls.ClientCertificatePassword = tls["ClientCertificatePassword"] ?? options.Tls.ClientCertificatePassword;
        options.Tls.AllowedPolicyErrors = ReadFlags(tls, "AllowedPolicyErrors", options.Tls.AllowedPolicyErrors);
        options.Tls.Protocols = ReadFlags(tls, "Protocols", options.Tls.Protocols);

        options.StartTimeout = ReadTimeSpan(configuration, "StartTimeout", options.StartTimeout);
        options.MaxMessageSize = ReadInt(configuration, "MaxMessageSize", options.MaxMessageSize);
        options.MaxDeliveries = ReadInt(configuration, "MaxDeliveries", options.MaxDeliveries);
        return options;
    }

    private static int ReadInt(IConfiguration section, string key, int fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"RabbitMQ setting {PathOf(section, key)} is '{text}', not a whole number.");
    }

    // A duration as TimeSpan writes it: 00:00:30, or 30 for seconds.
    private static TimeSpan ReadTimeSpan(IConfiguration section, string key, TimeSpan fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= int.MaxValue / 1000.0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"RabbitMQ setting {PathOf(section, key)} is '{text}', not a duration: write seconds (30) or hh:mm:ss (00:00:30).");
    }

    private static bool ReadBool(IConfiguration section, string key, bool fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new FormatException($"RabbitMQ setting {PathOf(section, key)} is '{text}': use true or false.");
    }

    // Enum flags as names separated by commas (RemoteCertificateNameMismatch, RemoteCertificateChainErrors).
    private static TEnum ReadFlags<TEnum>(IConfiguration section, string key, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !char.IsAsciiDigit(text.Trim()[0])
            ? value
            : throw new FormatException(
                $"RabbitMQ setting {PathOf(section, key)} is '{text}': use {typeof(TEnum).Name} names separated by commas ({string.Join(", ", Enum.GetNames<TEnum>())}).");
    }

    private static string PathOf(IConfiguration section, string key) =>
        section is IConfigurationSection { Path: { Length: > 0 } path } ? path + ":" + key : key;
}
