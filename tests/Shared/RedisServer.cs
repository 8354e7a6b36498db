using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Messaging.Testing;

/// <summary>
/// A throw-away <c>redis-server</c> of a test's own: a free loopback port, a temporary directory for its pid file, log
/// and (when asked for) append-only file, and nothing shared with any other server. Fault tests stop, kill and restart
/// it on the same port and directory.
/// </summary>
/// <remarks>
/// Nothing here waits a fixed time: a start waits until <c>redis-cli ping</c> answers <c>PONG</c>, a stop or a kill until
/// the server's process is gone, each with a generous timeout for a loaded machine.
/// </remarks>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private readonly bool _appendOnly;
    private bool _running;
    private bool _startedOnce;

    /// <summary>Creates (does not start) a server.</summary>
    /// <param name="appendOnly">
    /// Whether the server keeps an append-only file fsynced on every write (<c>appendonly yes</c>,
    /// <c>appendfsync always</c>), so what it acknowledged survives a kill; otherwise it persists nothing
    /// (<c>save ""</c>, <c>appendonly no</c>) and starts empty every time.
    /// </param>
    public RedisServer(bool appendOnly = false)
    {
        _appendOnly = appendOnly;
        DataDirectory = Directory.CreateTempSubdirectory("messaging-redis-").FullName;
        Port = ExternalProcess.FreePort();
    }

    /// <summary>The port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The server's temporary directory (pid file, log, append-only file).</summary>
    public string DataDirectory { get; }

    /// <summary>A StackExchange.Redis configuration string for the server.</summary>
    public string Configuration => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>
    /// Starts the server (or starts it again after <see cref="StopAsync"/> or <see cref="KillAsync"/>, on the same port
    /// and directory) and returns once it answers <c>PING</c>. A first start that fails because the port was taken in
    /// the meantime is tried again on a new port.
    /// </summary>
    public async Task StartAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var (code, output) = await ExternalProcess.RunAsync("redis-server", Arguments(), null, DataDirectory, s_timeout);
            if (code != 0)
            {
                throw new InvalidOperationException($"redis-server on port {Port} failed to start ({code}):{Environment.NewLine}{output}{Environment.NewLine}{LogTail()}");
            }

            _running = true;
            if (await WaitForPongAsync())
            {
                _startedOnce = true;
                return;
            }

            var log = LogTail();
            if (attempt == 0 && !_startedOnce && log.Contains("Address already in use", StringComparison.Ordinal))
            {
                Port = ExternalProcess.FreePort();
                continue;
            }

            throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within {s_timeout.TotalSeconds} s.{Environment.NewLine}{log}");
        }
    }

    /// <summary>Shuts the server down (<c>SHUTDOWN</c>: the append-only file, if any, is flushed) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        var pid = ReadPid();
        var (code, output) = await CliAsync("shutdown");
        // A successful SHUTDOWN closes the connection without a reply; anything printed is an error.
        if (code != 0 && !output.Contains("connection", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"redis-cli -p {Port} shutdown failed ({code}): {output}");
        }

        await WaitGoneAsync(pid);
        _running = false;
    }

    /// <summary>Kills the server with SIGKILL, as a crash or an out-of-memory kill would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        var pid = ReadPid();
        if (pid is { } id)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(id);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }
        }

        await WaitGoneAsync(pid);
        _running = false;
    }

    /// <summary>Runs <c>redis-cli -p {port} {arguments}</c> and returns its exit code and output.</summary>
    public Task<(int ExitCode, string Output)> CliAsync(params string[] arguments) =>
        ExternalProcess.RunAsync("redis-cli", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), .. arguments], null, DataDirectory, s_timeout);

    /// <summary>The last lines of the server's log, for failure messages.</summary>
    public string LogTail() => File.Exists(LogFile)
        ? $"Last lines of {LogFile}:{Environment.NewLine}{string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(20))}"
        : "(the server wrote no log)";

    /// <summary>Kills the server if it runs and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_running)
        {
            await KillAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held; the system cleans temporary directories eventually.
        }
    }

    private string PidFile => Path.Combine(DataDirectory, "redis.pid");

    private string LogFile => Path.Combine(DataDirectory, "redis.log");

    private List<string> Arguments() =>
    [
        "--port", Port.ToString(CultureInfo.InvariantCulture),
        "--bind", "127.0.0.1",
        "--daemonize", "yes",
        "--dir", DataDirectory,
        "--pidfile", PidFile,
        "--logfile", LogFile,
        "--save", "",
        .. _appendOnly ? (string[])["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"],
    ];

    private async Task<bool> WaitForPongAsync()
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (DateTime.UtcNow < deadline)
        {
            var (code, output) = await CliAsync("ping");
            if (code == 0 && output.Trim() == "PONG")
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private int? ReadPid() =>
        File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    // The daemonized server is not our child, so its exit is read from /proc: gone, or a zombie nobody reaped yet.
    private async Task WaitGoneAsync(int? pid)
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (pid is { } id && IsAlive(id))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server (pid {id}, port {Port}) was still running {s_timeout.TotalSeconds} s after it was stopped.{Environment.NewLine}{LogTail()}");
            }

            await Task.Delay(20);
        }

        if (File.Exists(PidFile))
        {
            File.Delete(PidFile);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (comm) S ...": the state follows the last ')'.
            var state = stat[(stat.LastIndexOf(')') + 2)..];
            return !state.StartsWith('Z') && !state.StartsWith('X');
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
