using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Messaging.Testing;
using Xunit;
using Xunit.Sdk;

namespace Messaging.RabbitMq.Tests.Tls;

/// <summary>
/// A second, throw-away RabbitMQ node (<see cref="RabbitMqNode"/>) whose only listener is TLS, with a certificate issued
/// by a throw-away CA; both made with <c>openssl</c> in the node's temporary directory.
/// </summary>
/// <remarks>
/// The node runs beside the default broker without touching it and is stopped and its directory deleted when the test
/// class is done. The server certificate names <c>localhost</c> only (DNS subject alternative name, no IP address), so
/// connecting to <c>127.0.0.1</c> is a name mismatch. When the node cannot start, the failure carries the tail of its log.
/// </remarks>
public sealed class TlsBroker : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The host name the server certificate is issued to.</summary>
    public const string CertificateHost = "localhost";

    // No plain AMQP listener at all; {AmqpPort} is the node's own free port, used here for TLS. Only the
    // consistent-hash exchange (partitioned queues are declared behind one), so no management port can clash.
    private static readonly string s_configuration = """
        listeners.tcp = none
        listeners.ssl.default = 127.0.0.1:{AmqpPort}
        ssl_options.cacertfile = ca.crt
        ssl_options.certfile = server.crt
        ssl_options.keyfile = server.key
        ssl_options.verify = verify_none
        ssl_options.fail_if_no_peer_cert = false
        """.Replace("ca.crt", "{Directory}/ca.crt", StringComparison.Ordinal)
           .Replace("server.crt", "{Directory}/server.crt", StringComparison.Ordinal)
           .Replace("server.key", "{Directory}/server.key", StringComparison.Ordinal);

    private RabbitMqNode? _node;

    /// <summary>The node's name, for <c>rabbitmqctl -n</c>.</summary>
    public string NodeName => Node.NodeName;

    /// <summary>The TLS listener's port on 127.0.0.1.</summary>
    public int TlsPort => Node.AmqpPort;

    /// <summary>The throw-away CA's certificate (PEM): trust it to connect with verification on.</summary>
    public string CaCertificatePath => Path.Combine(Node.DataDirectory, "ca.crt");

    /// <summary>Another throw-away CA's certificate (PEM), which did not issue the server's certificate.</summary>
    public string OtherCaCertificatePath => Path.Combine(Node.DataDirectory, "other-ca.crt");

    private RabbitMqNode Node => _node ?? throw new InvalidOperationException("The TLS broker has not been initialized.");

    public async Task InitializeAsync()
    {
        _node = new RabbitMqNode("tls", s_configuration);
        await CreateCertificatesAsync();
        await _node.StartAsync();
    }

    public Task DisposeAsync() => _node?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => _node?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task CreateCertificatesAsync()
    {
        // A CA, a server key and certificate it signs for "localhost", and an unrelated CA. One day is plenty.
        await OpenSslAsync("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Messaging throw-away test CA",
            "-keyout", "ca.key", "-out", "ca.crt");
        await OpenSslAsync("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Messaging unrelated test CA",
            "-keyout", "other-ca.key", "-out", "other-ca.crt");
        await OpenSslAsync("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + CertificateHost, "-keyout", "server.key", "-out", "server.csr");
        File.WriteAllText(Path.Combine(Node.DataDirectory, "server.ext"), $"""
            subjectAltName = DNS:{CertificateHost}
            basicConstraints = CA:FALSE
            keyUsage = digitalSignature, keyEncipherment
            extendedKeyUsage = serverAuth
            """);
        await OpenSslAsync("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1",
            "-extfile", "server.ext", "-out", "server.crt");
    }

    private async Task OpenSslAsync(params string[] arguments)
    {
        var (code, output) = await ExternalProcess.RunAsync("openssl", arguments, new Dictionary<string, string>(), Node.DataDirectory, TimeSpan.FromSeconds(60));
        if (code != 0)
        {
            throw new XunitException($"openssl {string.Join(' ', arguments)} failed:{Environment.NewLine}{output}");
        }
    }
}
