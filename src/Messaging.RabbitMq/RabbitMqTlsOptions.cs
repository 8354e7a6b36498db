using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;

namespace Messaging.RabbitMq;

/// <summary>TLS for the connection to RabbitMQ. The server's certificate is verified unless told otherwise.</summary>
public sealed class RabbitMqTlsOptions
{
    /// <summary>Whether to connect over TLS (port 5671 unless <see cref="RabbitMqOptions.Port"/> says otherwise).</summary>
    public bool Enabled { get; set; }

    /// <summary>The name the server's certificate must carry; <see langword="null"/> for <see cref="RabbitMqOptions.Host"/>.</summary>
    public string? ServerName { get; set; }

    /// <summary>
    /// A PEM or DER file with the certificate authority that signed the server's certificate, for a broker whose CA is
    /// not in the machine's trust store; <see langword="null"/> to trust the machine's store only.
    /// </summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>A PKCS#12 file (<c>.pfx</c>/<c>.p12</c>) with the client certificate and its key, for brokers that ask for one.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>The password of <see cref="ClientCertificatePath"/>. Never logged.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>
    /// Certificate problems to accept anyway. Default: <see cref="SslPolicyErrors.None"/> — an untrusted, expired or
    /// misnamed certificate fails the connection. Loosen only for a test broker.
    /// </summary>
    public SslPolicyErrors AllowedPolicyErrors { get; set; } = SslPolicyErrors.None;

    /// <summary>The TLS versions allowed; <see cref="SslProtocols.None"/> (the default) lets the operating system choose.</summary>
    public SslProtocols Protocols { get; set; } = SslProtocols.None;

    internal void Validate()
    {
        if (!Enabled)
        {
            return;
        }

        if (CaCertificatePath is { } ca && !File.Exists(ca))
        {
            throw new ArgumentException($"RabbitMQ Tls:CaCertificatePath '{ca}' does not exist: give the path of the CA certificate (PEM or DER) that signed the broker's certificate.", nameof(CaCertificatePath));
        }

        if (ClientCertificatePath is { } client && !File.Exists(client))
        {
            throw new ArgumentException($"RabbitMQ Tls:ClientCertificatePath '{client}' does not exist: give the path of a PKCS#12 (.pfx) file with the client certificate and key.", nameof(ClientCertificatePath));
        }
    }
}
