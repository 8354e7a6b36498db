using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MassTransit;
using RabbitMQ.Client;

namespace Messaging.RabbitMq;

/// <summary>Applies <see cref="RabbitMqTlsOptions"/> to MassTransit's TLS settings, and to RabbitMQ.Client's for the direct publisher.</summary>
internal static class RabbitMqTls
{
    public static void Configure(IRabbitMqSslConfigurator ssl, RabbitMqOptions options)
    {
        var tls = options.Tls;
        ssl.ServerName = ServerName(options);
        ssl.Protocol = tls.Protocols;
        if (tls.ClientCertificatePath is { } clientCertificate)
        {
            ssl.CertificatePath = clientCertificate;
            ssl.CertificatePassphrase = tls.ClientCertificatePassword ?? string.Empty;
        }

        ssl.CertificateValidationCallback = ValidationCallback(options);
    }

    /// <summary>The same settings for a connection of RabbitMQ.Client's own (<see cref="RabbitMqMessagePublisher"/>'s).</summary>
    public static SslOption CreateSslOption(RabbitMqOptions options)
    {
        var tls = options.Tls;
        return new SslOption
        {
            Enabled = true,
            ServerName = ServerName(options),
            Version = tls.Protocols,
            CertPath = tls.ClientCertificatePath ?? string.Empty,
            CertPassphrase = tls.ClientCertificatePassword ?? string.Empty,
            CertificateValidationCallback = ValidationCallback(options),
        };
    }

    private static string ServerName(RabbitMqOptions options) => options.Tls.ServerName ?? options.Host;

    private static RemoteCertificateValidationCallback ValidationCallback(RabbitMqOptions options)
    {
        var tls = options.Tls;
        var authority = tls.CaCertificatePath is { } path ? LoadCertificate(path) : null;
        var allowed = tls.AllowedPolicyErrors;
        return (sender, certificate, chain, errors) =>
        {
            var accepted = Validate(certificate, errors, authority, allowed);
            if (!accepted)
            {
                // Thrown rather than returning false: SslStream would then only say the certificate "was rejected by
                // the provided RemoteCertificateValidationCallback", and the operator could not tell an untrusted CA
                // from a wrong host name. The exception reaches the caller inside the connection failure.
                throw new AuthenticationException(DescribeRejection((sender as SslStream)?.TargetHostName ?? ServerName(options), certificate, chain,
                    Unforgiven(certificate, errors, authority) & ~allowed, tls.CaCertificatePath, authority));
            }

            return accepted;
        };
    }

    /// <summary>
    /// Why the broker's certificate was refused, in words an operator can act on: which check failed, what the
    /// certificate says, and which setting fixes it.
    /// </summary>
    internal static string DescribeRejection(string? serverName, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors,
        string? caCertificatePath, X509Certificate2? authority)
    {
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return $"TLS: the RabbitMQ broker '{serverName}' presented no certificate (RemoteCertificateNotAvailable).";
        }

        using var server = new X509Certificate2(certificate);
        var problems = new List<string>();
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            problems.Add($"RemoteCertificateNameMismatch: the certificate is not issued to '{serverName}', the name the client connected with; " +
                $"it names {NamesOf(server)}. Connect with a host name the certificate carries, or set Tls:ServerName to one.");
        }

        if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            var status = ChainStatus(server, chain, authority);
            var trust = caCertificatePath is null
                ? "Tls:CaCertificatePath is not set, so only the machine's trust store is trusted"
                : $"the chain does not end at the CA in Tls:CaCertificatePath '{caCertificatePath}' ({authority?.Subject})";
            problems.Add($"RemoteCertificateChainErrors: the certificate chain is not trusted ({status}); issued by '{server.Issuer}', and {trust}. " +
                "Set Tls:CaCertificatePath to the certificate of the CA that signed the broker's certificate, or install that CA in the machine's trust store.");
        }

        return $"TLS: the RabbitMQ broker's certificate '{server.Subject}' was rejected: {string.Join(" ", problems)}";
    }

    private static string NamesOf(X509Certificate2 certificate)
    {
        var names = new List<string>();
        foreach (var extension in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(extension.EnumerateDnsNames().Select(n => "DNS:" + n));
            names.AddRange(extension.EnumerateIPAddresses().Select(a => "IP:" + a));
        }

        return names.Count > 0 ? string.Join(", ", names) : $"no subject alternative name (subject '{certificate.Subject}')";
    }

    private static string ChainStatus(X509Certificate2 server, X509Chain? chain, X509Certificate2? authority)
    {
        // With a configured CA, the chain that matters is the one built against it; otherwise the system's.
        using var own = authority is null ? null : BuildAgainst(authority, server);
        var statuses = (own ?? chain)?.ChainStatus ?? [];
        return statuses.Length == 0
            ? "no status"
            : string.Join("; ", statuses.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").Distinct(StringComparer.Ordinal));
    }

    /// <summary>A chain of <paramref name="server"/> whose only trusted root is <paramref name="authority"/>.</summary>
    private static X509Chain BuildAgainst(X509Certificate2 authority, X509Certificate2 server)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        // A private CA rarely publishes revocation lists; the trust anchor is the file the operator configured.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.Build(server);
        return chain;
    }

    /// <summary>
    /// Accepts the server's certificate when it has no problems beyond <paramref name="allowed"/>; a chain error is
    /// forgiven when the chain builds up to <paramref name="authority"/> (the configured CA) instead of a machine root.
    /// </summary>
    internal static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2? authority, SslPolicyErrors allowed) =>
        (Unforgiven(certificate, errors, authority) & ~allowed) == SslPolicyErrors.None;

    /// <summary>
    /// The certificate's problems, less a chain error that the configured <paramref name="authority"/> resolves: the
    /// chain builds up to that CA instead of a machine root.
    /// </summary>
    private static SslPolicyErrors Unforgiven(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2? authority)
    {
        if (authority is not null && certificate is not null && (errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            using var server = new X509Certificate2(certificate);
            using var chain = BuildAgainst(authority, server);
            if (chain.ChainStatus.Length == 0)
            {
                errors &= ~SslPolicyErrors.RemoteCertificateChainErrors;
            }
        }

        return errors;
    }

    private static X509Certificate2 LoadCertificate(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception exception) when (exception is IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"RabbitMQ Tls:CaCertificatePath '{path}' could not be read as a PEM or DER certificate: {exception.Message}", exception);
        }
    }
}
