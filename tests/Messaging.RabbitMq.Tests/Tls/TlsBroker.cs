using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;

namespace Messaging.RabbitMq.Tests.Tls;

/// <summary>
/// A second, throw-away RabbitMQ node whose only listener is TLS, with a certificate issued by a throw-away CA; both
/// made with <c>openssl</c> in a temporary directory that also holds the node's database, logs and configuration.
/// </summary>
/// <remarks>
/// <para>
/// The node runs beside the default broker without touching it: its own node name (<c>tls-{pid}@localhost</c>), its
/// own free ports (TLS listener and Erlang distribution; no plain AMQP listener at all), its own
/// <c>RABBITMQ_MNESIA_BASE</c>, <c>RABBITMQ_LOG_BASE</c>, <c>RABBITMQ_CONFIG_FILE</c>, enabled-plugins file and Erlang
/// cookie (<c>HOME</c> is the temporary directory, for the node and for the <c>rabbitmqctl</c> calls that manage it).
/// It is stopped and its directory deleted when the test class is done.
/// </para>
/// <para>
/// The server certificate names <c>localhost</c> only (DNS subject alternative name, no IP address), so connecting
/// to <c>127.0.0.1</c> is a name mismatch. When the node cannot start, the failure carries the tail of its log.
/// </para>
/// </remarks>
public sealed class TlsBroker : IAsyncLifetime
{
    /// <summary>The host name the server certificate is issued to.</summary>
    public const string CertificateHost = "localhost";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(120);

    // Debian's /usr/sbin scripts re-run themselves as the rabbitmq user through su, which resets HOME (and so the
    // Erlang cookie) and cannot read a root-owned temporary directory; the scripts they wrap take the environment as is.
    private static readonly string s_scripts = Directory.Exists("/usr/lib/rabbitmq/bin") ? "/usr/lib/rabbitmq/bin/" : "";

    private string? _directory;
    private bool _started;

    /// <summary>The node's name, for <c>rabbitmqctl -n</c>.</summary>
    public string NodeName { get; } = $"tls-{Environment.ProcessId}@localhost";

    /// <summary>The TLS listener's port on 127.0.0.1.</summary>
    public int TlsPort { get; private set; }

    /// <summary>The throw-away CA's certificate (PEM): trust it to connect with verification on.</summary>
    public string CaCertificatePath => Path.Combine(Root, "ca.crt");

    /// <summary>Another throw-away CA's certificate (PEM), which did not issue the server's certificate.</summary>
    public string OtherCaCertificatePath => Path.Combine(Root, "other-ca.crt");

    private string Root => _directory ?? throw new InvalidOperationException("The TLS broker has not been initialized.");

    public async Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("messaging-tls-").FullName;
        await CreateCertificatesAsync();

        TlsPort = FreePort();
        var distributionPort = FreePort();
        File.WriteAllText(Path.Combine(Root, "rabbitmq.conf"), $"""
            listeners.tcp = none
            listeners.ssl.default = 127.0.0.1:{TlsPort}
            ssl_options.cacertfile = {CaCertificatePath}
            ssl_options.certfile = {Path.Combine(Root, "server.crt")}
            ssl_options.keyfile = {Path.Combine(Root, "server.key")}
            ssl_options.verify = verify_none
            ssl_options.fail_if_no_peer_cert = false
            """);
        // The consistent-hash exchange: partitioned queues ([PartitionKey]) are declared behind one. Nothing else, so
        // the management plugin's port cannot clash with the default node's.
        File.WriteAllText(Path.Combine(Root, "enabled_plugins"), "[rabbitmq_consistent_hash_exchange].");

        var environment = NodeEnvironment(distributionPort);
        await RunAsync(s_scripts + "rabbitmq-server", ["-detached"], environment, TimeSpan.FromSeconds(30));
        _started = true;

        // -detached returns before the node is up: wait for its pid file, then for the broker application.
        var pidFile = Path.Combine(Root, "rabbit.pid");
        var (code, output) = await TryRunAsync(s_scripts + "rabbitmqctl", ["-n", NodeName, "wait", pidFile, "--timeout", "120"], environment, s_startTimeout);
        if (code != 0)
        {
            throw new XunitException($"The TLS RabbitMQ node {NodeName} did not start:{Environment.NewLine}{output}{Environment.NewLine}{LogTail()}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_directory is null)
        {
            return;
        }

        if (_started)
        {
            var (code, _) = await TryRunAsync(s_scripts + "rabbitmqctl", ["-n", NodeName, "shutdown"], NodeEnvironment(0), TimeSpan.FromSeconds(30));
            if (code != 0 && File.Exists(Path.Combine(Root, "rabbit.pid"))
                && int.TryParse(File.ReadAllText(Path.Combine(Root, "rabbit.pid")).Trim(), out var pid))
            {
                // Shutdown failed (the node never came up properly): end this node's own process, and only it.
                try
                {
                    using var process = Process.GetProcessById(pid);
                    process.Kill(entireProcessTree: true);
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file the node still held; the temporary directory is cleaned by the system eventually.
        }
    }

    private Dictionary<string, string> NodeEnvironment(int distributionPort)
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = Root,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(Root, "log"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Root, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Root, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Root, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(Root, "rabbit.pid"),
            // The default node's settings file (/etc/rabbitmq/rabbitmq-env.conf) must not apply to this one.
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Root, "rabbitmq-env.conf"),
        };
        if (distributionPort > 0)
        {
            environment["RABBITMQ_DIST_PORT"] = distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return environment;
    }

    private async Task CreateCertificatesAsync()
    {
        // A CA, a server key and certificate it signs for "localhost", and an unrelated CA. One day is plenty.
        await OpenSslAsync("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Messaging throw-away test CA",
            "-keyout", "ca.key", "-out", "ca.crt");
        await OpenSslAsync("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Messaging unrelated test CA",
            "-keyout", "other-ca.key", "-out", "other-ca.crt");
        await OpenSslAsync("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + CertificateHost, "-keyout", "server.key", "-out", "server.csr");
        File.WriteAllText(Path.Combine(Root, "server.ext"), $"""
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
        var (code, output) = await TryRunAsync("openssl", arguments, new Dictionary<string, string>(), TimeSpan.FromSeconds(60));
        if (code != 0)
        {
            throw new XunitException($"openssl {string.Join(' ', arguments)} failed:{Environment.NewLine}{output}");
        }
    }

    private async Task RunAsync(string command, string[] arguments, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var (code, output) = await TryRunAsync(command, arguments, environment, timeout);
        if (code != 0)
        {
            throw new XunitException($"{command} {string.Join(' ', arguments)} failed with exit code {code}:{Environment.NewLine}{output}{Environment.NewLine}{LogTail()}");
        }
    }

    private async Task<(int ExitCode, string Output)> TryRunAsync(string command, string[] arguments, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new XunitException($"Could not start {command}.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new XunitException($"Could not run {command} ({ex.Message}). The TLS tests need openssl and rabbitmq-server: apt-get install openssl rabbitmq-server.");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                await process.WaitForExitAsync().WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{command} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s");
            }

            // The node started by "-detached" may inherit the pipes and hold them open for as long as it runs: once
            // the command itself has exited, read what arrived in a few seconds and stop waiting for the end.
            try
            {
                var output = await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(5));
                return (process.ExitCode, output[0] + output[1]);
            }
            catch (TimeoutException)
            {
                return (process.ExitCode, "(the command's output was still open when it exited)");
            }
        }
    }

    private string LogTail()
    {
        var logs = Path.Combine(Root, "log");
        if (!Directory.Exists(logs))
        {
            return "(the node wrote no log)";
        }

        var log = Directory.GetFiles(logs, "*.log").FirstOrDefault(f => !f.EndsWith("_upgrade.log", StringComparison.Ordinal));
        return log is null ? "(the node wrote no log)" : $"Last lines of {log}:{Environment.NewLine}{string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(30))}";
    }

    private static int FreePort()
    {
        // The port is released before the node binds it; a race with another process is possible but unlikely.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
