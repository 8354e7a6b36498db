using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Messaging.Testing;

/// <summary>
/// A throw-away RabbitMQ node of a test's own, beside the shared broker and never touching it: its own node name, AMQP
/// and Erlang distribution ports, and a temporary directory that holds its database, logs, configuration, enabled
/// plugins and Erlang cookie. Fault tests stop, kill and restart it; clusters are built from several.
/// </summary>
/// <remarks>
/// <para>
/// Everything the node and the <c>rabbitmqctl</c> calls that manage it read is written before the node starts — the
/// Erlang cookie above all (<c>$HOME/.erlang.cookie</c>, mode 0400): a <c>rabbitmqctl</c> that runs before the node has
/// made its own cookie would otherwise make a different one and be refused ("Invalid challenge reply") for as long as
/// it waits. Nodes of one cluster share one cookie. Nothing here waits a fixed time: each step waits for the node to
/// say it is ready (<c>rabbitmqctl wait</c>), with a generous timeout for a loaded machine.
/// </para>
/// <para>
/// Debian's <c>/usr/sbin</c> wrappers re-run themselves as the <c>rabbitmq</c> user through <c>su</c>, which resets
/// <c>HOME</c> (and so the cookie) and cannot read a root-owned temporary directory; the scripts they wrap take the
/// environment as it is, so those are run.
/// </para>
/// </remarks>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(180);
    private static readonly string s_scripts = System.IO.Directory.Exists("/usr/lib/rabbitmq/bin") ? "/usr/lib/rabbitmq/bin/" : "";
    private static int s_count;

    private readonly string _configuration;
    private readonly string[] _plugins;
    private readonly string _cookie;
    private bool _running;
    private bool _startedOnce;

    /// <summary>Creates (does not start) a node.</summary>
    /// <param name="prefix">The start of the node name (<c>{prefix}-{pid}-{n}@localhost</c>).</param>
    /// <param name="configuration">
    /// Extra <c>rabbitmq.conf</c> lines; <c>{AmqpPort}</c> and <c>{Directory}</c> in them are replaced with
    /// <see cref="AmqpPort"/> and <see cref="DataDirectory"/>. Without a
    /// <c>listeners.</c> line the node listens for plain AMQP on 127.0.0.1:<see cref="AmqpPort"/>.
    /// </param>
    /// <param name="plugins">Plugins to enable (default: the consistent-hash exchange, which partitioned queues need).</param>
    /// <param name="cookie">The Erlang cookie; nodes that will form a cluster must share one. Default: a fresh random one.</param>
    public RabbitMqNode(string prefix, string? configuration = null, IEnumerable<string>? plugins = null, string? cookie = null)
    {
        NodeName = $"{prefix}-{Environment.ProcessId}-{Interlocked.Increment(ref s_count)}@localhost";
        DataDirectory = System.IO.Directory.CreateTempSubdirectory($"messaging-{prefix}-").FullName;
        _configuration = configuration ?? string.Empty;
        _plugins = plugins?.ToArray() ?? ["rabbitmq_consistent_hash_exchange"];
        _cookie = cookie ?? NewCookie();
        AmqpPort = ExternalProcess.FreePort();
        DistributionPort = ExternalProcess.FreePort();
    }

    /// <summary>The node's name, for <c>rabbitmqctl -n</c> and <c>join_cluster</c>.</summary>
    public string NodeName { get; }

    /// <summary>The node's temporary directory (database, logs, configuration, cookie).</summary>
    public string DataDirectory { get; }

    /// <summary>The port of the node's plain AMQP listener on 127.0.0.1 (when the configuration does not replace it).</summary>
    public int AmqpPort { get; private set; }

    /// <summary>The node's Erlang distribution port.</summary>
    public int DistributionPort { get; private set; }

    /// <summary>The Erlang cookie, to give the other nodes of a cluster.</summary>
    public string Cookie => _cookie;

    /// <summary>A fresh random Erlang cookie.</summary>
    public static string NewCookie() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));

    /// <summary>
    /// Starts the node (or starts it again after <see cref="StopAsync"/> or <see cref="KillAsync"/>, on the same ports
    /// and with the same data) and returns once it accepts connections. A start that fails because a port was taken in
    /// the meantime is tried again on new ports, the first time only.
    /// </summary>
    public async Task StartAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            WriteFiles();
            var (code, output) = await CtlAsync(s_scripts + "rabbitmq-server", ["-detached"], TimeSpan.FromSeconds(60));
            if (code != 0)
            {
                throw new InvalidOperationException($"rabbitmq-server -detached for {NodeName} failed ({code}):{Environment.NewLine}{output}{Environment.NewLine}{LogTail()}");
            }

            _running = true;
            (code, output) = await CtlAsync(s_scripts + "rabbitmqctl", ["-n", NodeName, "wait", PidFile, "--timeout", ((int)s_startTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)], s_startTimeout + TimeSpan.FromSeconds(30));
            if (code == 0)
            {
                _startedOnce = true;
                return;
            }

            var log = LogTail();
            if (attempt == 0 && !_startedOnce && log.Contains("eaddrinuse", StringComparison.Ordinal))
            {
                await KillAsync();
                AmqpPort = ExternalProcess.FreePort();
                DistributionPort = ExternalProcess.FreePort();
                continue;
            }

            throw new InvalidOperationException($"The RabbitMQ node {NodeName} did not start:{Environment.NewLine}{output}{Environment.NewLine}{log}");
        }
    }

    /// <summary>Stops the node gracefully (<c>rabbitmqctl shutdown</c>: connections are closed, messages kept on disk).</summary>
    public async Task StopAsync()
    {
        var (code, output) = await RabbitMqCtlAsync("shutdown");
        if (code != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl shutdown of {NodeName} failed:{Environment.NewLine}{output}");
        }

        _running = false;
    }

    /// <summary>Kills the node's Erlang VM with SIGKILL, as a crash or an out-of-memory kill would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        _running = false;
    }

    /// <summary>Runs <c>rabbitmqctl -n {node} {arguments}</c> and returns its exit code and output.</summary>
    public Task<(int ExitCode, string Output)> RabbitMqCtlAsync(params string[] arguments) =>
        CtlAsync(s_scripts + "rabbitmqctl", ["-n", NodeName, .. arguments], TimeSpan.FromSeconds(120));

    /// <summary>Runs <c>rabbitmqctl</c> and throws with its output when it fails.</summary>
    public async Task<string> RabbitMqCtlOrThrowAsync(params string[] arguments)
    {
        var (code, output) = await RabbitMqCtlAsync(arguments);
        return code == 0
            ? output
            : throw new InvalidOperationException($"rabbitmqctl -n {NodeName} {string.Join(' ', arguments)} failed ({code}):{Environment.NewLine}{output}");
    }

    /// <summary>Joins this (running) node to the cluster of <paramref name="seed"/>, which must share its cookie.</summary>
    public async Task JoinClusterAsync(RabbitMqNode seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await RabbitMqCtlOrThrowAsync("stop_app");
        await RabbitMqCtlOrThrowAsync("join_cluster", seed.NodeName);
        await RabbitMqCtlOrThrowAsync("start_app");
        await RabbitMqCtlOrThrowAsync("await_startup", "--timeout", "120");
    }

    /// <summary>The last lines of the node's log, for failure messages.</summary>
    public string LogTail()
    {
        var logs = Path.Combine(DataDirectory, "log");
        if (!System.IO.Directory.Exists(logs))
        {
            return "(the node wrote no log)";
        }

        var log = System.IO.Directory.GetFiles(logs, "*.log").FirstOrDefault(f => !f.EndsWith("_upgrade.log", StringComparison.Ordinal));
        return log is null ? "(the node wrote no log)" : $"Last lines of {log}:{Environment.NewLine}{string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(30))}";
    }

    /// <summary>Stops the node (killing it when it does not stop) and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_running)
        {
            var (code, _) = await RabbitMqCtlAsync("shutdown");
            if (code != 0)
            {
                await KillAsync();
            }
        }

        try
        {
            System.IO.Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file the node still held; the system cleans temporary directories eventually.
        }
    }

    private string PidFile => Path.Combine(DataDirectory, "rabbit.pid");

    private void WriteFiles()
    {
        // The cookie first, before anything that could start an Erlang node for this HOME.
        var cookieFile = Path.Combine(DataDirectory, ".erlang.cookie");
        if (!File.Exists(cookieFile))
        {
            File.WriteAllText(cookieFile, _cookie);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(cookieFile, UnixFileMode.UserRead);
            }
        }

        var configuration = _configuration
            .Replace("{AmqpPort}", AmqpPort.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Directory}", DataDirectory, StringComparison.Ordinal);
        if (!configuration.Contains("listeners.", StringComparison.Ordinal))
        {
            configuration = $"listeners.tcp.default = 127.0.0.1:{AmqpPort}{Environment.NewLine}{configuration}";
        }

        // Loopback users may be guest; the node is reachable only from this machine.
        File.WriteAllText(Path.Combine(DataDirectory, "rabbitmq.conf"), configuration + Environment.NewLine);
        File.WriteAllText(Path.Combine(DataDirectory, "enabled_plugins"), $"[{string.Join(',', _plugins)}].");
        File.WriteAllText(Path.Combine(DataDirectory, "rabbitmq-env.conf"), string.Empty);
    }

    private Dictionary<string, string> Environment_() => new()
    {
        ["HOME"] = DataDirectory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(DataDirectory, "advanced.config"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        // The shared node's settings file (/etc/rabbitmq/rabbitmq-env.conf) must not apply to this one.
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(DataDirectory, "rabbitmq-env.conf"),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
    };

    private Task<(int ExitCode, string Output)> CtlAsync(string command, string[] arguments, TimeSpan timeout) =>
        ExternalProcess.RunAsync(command, arguments, Environment_(), DataDirectory, timeout);
}
