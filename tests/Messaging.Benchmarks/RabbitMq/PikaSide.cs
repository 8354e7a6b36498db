using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// Python's pika as a Python service typically uses it: a <c>BlockingConnection</c> whose channel is in confirm mode,
/// so each publish waits for the broker's confirm, and a consumer on its own connection with the same prefetch,
/// decoding each body with msgpack and acking it. Runs <c>pika_bench.py</c> in one <c>/usr/bin/python3</c> process for
/// the whole benchmark; each round is one command on its stdin, timed inside Python from the first publish to the last
/// consumed message (interpreter start-up and connecting are not measured).
/// </summary>
internal sealed class PikaSide : IThroughputSide
{
    private const string Interpreter = "/usr/bin/python3";
    private const string Entity = "bench-pika-orders";
    private readonly Process _process;

    private PikaSide(Process process) => _process = process;

    public string Name => "pika 1.2 (Python)";

    public string Mode => "confirm per message";

    public int? ClientProcessId => _process.Id;

    public static async Task<PikaSide> StartAsync(Uri broker)
    {
        if (!File.Exists(Interpreter))
        {
            throw new InvalidOperationException($"{Interpreter} does not exist: install python3, python3-pika and python3-msgpack.");
        }

        var start = new ProcessStartInfo(Interpreter)
        {
            ArgumentList =
            {
                "-B", Path.Combine(AppContext.BaseDirectory, "RabbitMq", "pika_bench.py"),
                "--url", broker.ToString(), "--exchange", Entity, "--queue", Entity,
                "--prefetch", RabbitMqQuickRunner.Prefetch.ToString(CultureInfo.InvariantCulture),
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Interpreter}");
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        if (ready != "ready")
        {
            process.Kill();
            throw new InvalidOperationException($"pika_bench.py did not start (it printed '{ready}'; exit code {(process.HasExited ? process.ExitCode : -1)}); see its stderr above.");
        }

        return new PikaSide(process);
    }

    public async Task<double> MeasureAsync(int count)
    {
        await _process.StandardInput.WriteLineAsync($"run {count}").ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(600)).ConfigureAwait(false);
        var parts = line?.Split(' ');
        if (parts is not ["ok", var rate, _])
        {
            throw new InvalidOperationException($"pika_bench.py: {line ?? "(exited)"}");
        }

        return double.Parse(rate, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _process.StandardInput.WriteLineAsync("quit").ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        _process.Dispose();
    }
}
