using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Messaging.Testing;

/// <summary>Runs a command-line tool of the test machine (rabbitmqctl, pg_ctl, redis-cli, openssl) and returns what it printed.</summary>
public static class ExternalProcess
{
    /// <summary>
    /// Runs <paramref name="command"/> and waits for it to exit, up to <paramref name="timeout"/> (then it is killed and
    /// the exit code is -1). The output is stdout followed by stderr.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment, string? workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not run {command} ({ex.Message}). .ci/run installs what the tests need (rabbitmq-server, postgresql, redis-server, openssl).", ex);
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
                return (-1, $"{command} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds} s");
            }

            // A daemon the command started (rabbitmq-server -detached, pg_ctl start) may inherit the pipes and hold them
            // open for as long as it runs: once the command itself has exited, read what arrived and stop waiting.
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

    /// <summary>A free TCP port on the loopback interface.</summary>
    /// <remarks>
    /// The port is released before the server binds it, so another process could take it first; servers started on it
    /// report "address in use", and the fixtures that use this retry their start on a new port when they do.
    /// </remarks>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
