using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace Messaging.Testing;

/// <summary>
/// A throw-away PostgreSQL 15 server of a test's own: <c>initdb</c> into a temporary directory, <c>pg_ctl start</c> on
/// a free port of 127.0.0.1 (and a Unix socket in the same directory), trust authentication for the <c>postgres</c>
/// user. Fault tests stop, kill and restart it; it is stopped and deleted on disposal.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root: as root, the server's commands run as the <c>postgres</c> user (<c>runuser</c>)
/// and the directory is given to it. <c>pg_ctl -w</c> waits until the server accepts connections, so nothing here waits
/// a fixed time.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin/";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(180);
    private static readonly bool s_isRoot = Environment.UserName == "root";
    private bool _running;

    private PostgresServer(string directory, int port)
    {
        DataDirectory = directory;
        Port = port;
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The server's temporary directory (data, socket, log).</summary>
    public string DataDirectory { get; }

    /// <summary>A connection string to database <c>postgres</c> as user <c>postgres</c>.</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Pooling=true;Timeout=30;Command Timeout=60";

    /// <summary>Creates and starts a server.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("messaging-postgres-").FullName;
        var server = new PostgresServer(directory, ExternalProcess.FreePort());
        if (s_isRoot)
        {
            await server.RunOrThrowAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false);
        }

        await server.RunOrThrowAsync(Bin + "initdb", ["-D", server.Data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"], asPostgres: true);
        await server.StartAgainAsync();
        return server;
    }

    private string Data => Path.Combine(DataDirectory, "data");

    private string Log => Path.Combine(DataDirectory, "server.log");

    /// <summary>Starts the server again (after <see cref="StopAsync"/> or <see cref="KillAsync"/>) with its data, on its port.</summary>
    public async Task StartAgainAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var options = $"-p {Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -k {DataDirectory} -c max_connections=200 -c fsync=off";
            var (code, output) = await RunAsync(Bin + "pg_ctl", ["-D", Data, "-l", Log, "-o", options, "-w", "-t", ((int)s_timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "start"], asPostgres: true);
            if (code == 0)
            {
                _running = true;
                return;
            }

            var log = File.Exists(Log) ? File.ReadAllText(Log) : string.Empty;
            if (attempt == 0 && log.Contains("Address already in use", StringComparison.Ordinal))
            {
                Port = ExternalProcess.FreePort();
                continue;
            }

            throw new InvalidOperationException($"PostgreSQL did not start:{Environment.NewLine}{output}{Environment.NewLine}{log}");
        }
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>: open transactions are rolled back, connections closed).</summary>
    public async Task StopAsync()
    {
        await RunOrThrowAsync(Bin + "pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"], asPostgres: true);
        _running = false;
    }

    /// <summary>Stops the server as a crash would (<c>pg_ctl stop -m immediate</c>: no checkpoint, recovery at the next start).</summary>
    public async Task KillAsync()
    {
        await RunOrThrowAsync(Bin + "pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"], asPostgres: true);
        _running = false;
    }

    /// <summary>Stops the server and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_running)
        {
            await RunAsync(Bin + "pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"], asPostgres: true);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The system cleans temporary directories eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    private async Task RunOrThrowAsync(string command, string[] arguments, bool asPostgres)
    {
        var (code, output) = await RunAsync(command, arguments, asPostgres);
        if (code != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({code}):{Environment.NewLine}{output}");
        }
    }

    private Task<(int ExitCode, string Output)> RunAsync(string command, string[] arguments, bool asPostgres)
    {
        if (asPostgres && s_isRoot)
        {
            return ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", command, .. arguments], new Dictionary<string, string>(), DataDirectory, s_timeout + TimeSpan.FromSeconds(30));
        }

        return ExternalProcess.RunAsync(command, arguments, new Dictionary<string, string>(), DataDirectory, s_timeout + TimeSpan.FromSeconds(30));
    }
}
