using System;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MassTransit;

namespace Messaging.RabbitMq;

/// <summary>Applies <see cref="RabbitMqTlsOptions"/> to MassTransit's TLS settings.</summary>
internal static class RabbitMqTls
{
    public static void Configure(IRabbitMqSslConfigurator ssl, RabbitMqOptions options)
    {
        var tls = options.Tls;
        ssl.ServerName = tls.ServerName ?? options.Host;
        ssl.Protocol = tls.Protocols;
        if (tls.ClientCertificatePath is { } clientCertificate)
        {
            ssl.CertificatePath = clientCertificate;
            ssl.CertificatePassphrase = tls.ClientCertificatePassword ?? string.Empty;
        }

        var authority = tls.CaCertificatePath is { } path ? LoadCertificate(path) : null;
        var allowed = tls.AllowedPolicyErrors;
        ssl.CertificateValidationCallback = (_, certificate, chain, errors) => Validate(certificate, errors, authority, allowed);
    }

    /// <summary>
    /// Accepts the server's certificate when it has no problems beyond <paramref name="allowed"/>; a chain error is
    /// forgiven when the chain builds up to <paramref name="authority"/> (the configured CA) instead of a machine root.
    /// </summary>
    internal static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2? authority, SslPolicyErrors allowed)
    {
        if (authority is not null && certificate is not null && (errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            // A private CA rarely publishes revocation lists; the trust anchor is the file the operator configured.
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var server = new X509Certificate2(certificate);
            if (chain.Build(server))
            {
                errors &= ~SslPolicyErrors.RemoteCertificateChainErrors;
            }
        }

        return (errors & ~allowed) == SslPolicyErrors.None;
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
