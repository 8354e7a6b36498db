using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Messaging.Benchmarks;

/// <summary>
/// Start-up with 500 handlers, cold: spawns <c>dotnet Messaging.Benchmarks.dll --startup-child generated|classic</c>
/// alternately (generated first in even rounds, classic first in odd ones), so each measurement pays the one-time
/// type loading and JIT a real start pays, and machine noise hits both sides alike. Reports the median of each phase.
/// </summary>
internal static class StartupRunner
{
    private static readonly string[] s_sides = ["generated", "classic"];
    private static readonly string[] s_sidesReversed = ["classic", "generated"];

    /// <summary>The phases in the order the child reaches them; each is the time since the previous checkpoint.</summary>
    private static readonly (string Name, string Meaning)[] s_phases =
    [
        ("handlers", "new ServiceCollection() .. generated AddMessagingBenchmarksStartupHandlers() / AddConsumers(assembly) returned"),
        ("register", "handlers .. AddMessaging(...).UseInMemory() / AddMassTransit(...) returned"),
        ("provider", "BuildServiceProvider()"),
        ("callback", "resolve IBusControl .. UsingInMemory callback (ours: serializers, topology observers, 500 send conventions)"),
        ("endpoints", "previous checkpoint .. last receive endpoint configured (classic: 500 by ConfigureEndpoints; ours: none at start, M000's queue during the first publish, so this follows start)"),
        ("built", "last endpoint configured .. bus created (endpoint pipes and topology built)"),
        ("create", "bus created .. IBusControl handed out"),
        ("start", "bus.StartAsync() (classic: 500 endpoints started, exchanges bound; ours: the bus endpoint only)"),
        ("first", "Publish(M000) .. consumed"),
    ];

    public static int Run(int runsPerSide)
    {
        var results = new Dictionary<string, List<ChildResult>> { ["generated"] = [], ["classic"] = [] };
        Console.WriteLine($"Start-up, 500 message types and handlers, in-memory; {runsPerSide} cold processes per side, alternating");
        for (var run = 0; run < runsPerSide; run++)
        {
            var order = run % 2 == 0 ? s_sides : s_sidesReversed;
            foreach (var side in order)
            {
                var result = RunChild(side);
                results[side].Add(result);
                Console.WriteLine($"  run {run + 1} {side,-9}: empty->first {result.Total,7:F0} ms   (process {result.ProcessMs,6:F0} ms, {result.Jitted(null)} methods JIT-compiled)");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Median per phase, ms (JIT-compiled methods / JIT ms in the phase, median):");
        Console.WriteLine($"  {"phase",-10} {"generated",10} {"",18} {"classic",10} {"",18}");
        foreach (var (name, _) in s_phases)
        {
            Console.WriteLine($"  {name,-10} {Median(results["generated"], r => r.Phase(name)),10:F0} {JitText(results["generated"], name),18} " +
                $"{Median(results["classic"], r => r.Phase(name)),10:F0} {JitText(results["classic"], name),18}");
        }

        var generated = Median(results["generated"], r => r.Total);
        var classic = Median(results["classic"], r => r.Total);
        Console.WriteLine($"  {"TOTAL",-10} {generated,10:F0} {JitText(results["generated"], null),18} {classic,10:F0} {JitText(results["classic"], null),18}");
        Console.WriteLine($"  {"process",-10} {Median(results["generated"], r => r.ProcessMs),10:F0} {"",18} {Median(results["classic"], r => r.ProcessMs),10:F0}   (spawn .. exit, runtime start included)");
        Console.WriteLine();
        foreach (var (name, meaning) in s_phases)
        {
            Console.WriteLine($"  {name,-10} {meaning}");
        }

        Console.WriteLine();
        Console.WriteLine($"Ratio empty->first (classic / generated; goal: >= 5x): {classic / generated:F2}x");
        return 0;
    }

    private static string JitText(List<ChildResult> results, string? phase) =>
        string.Create(CultureInfo.InvariantCulture, $"({Median(results, r => r.Jitted(phase)),5:F0} / {Median(results, r => r.JitMs(phase)),5:F0})");

    private static double Median(List<ChildResult> results, Func<ChildResult, double> value)
    {
        var values = results.Select(value).Order().ToArray();
        return values.Length == 0 ? double.NaN
            : values.Length % 2 == 1 ? values[values.Length / 2]
            : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private static ChildResult RunChild(string side)
    {
        var assembly = typeof(StartupRunner).Assembly.Location;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--startup-child");
        start.ArgumentList.Add(side);
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The {side} start-up child did not finish in 3 minutes.");
        }

        watch.Stop();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(StartupChild.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The {side} start-up child (exit code {process.ExitCode}) printed no result:\n{stdout}\n{stderr.Result}");
        return ChildResult.Parse(line[StartupChild.ResultPrefix.Length..].Trim(), watch.Elapsed.TotalMilliseconds);
    }

    private sealed class ChildResult
    {
        private readonly List<(string Name, double Ms, double Jitted, double JitMs)> _marks;

        private ChildResult(List<(string Name, double Ms, double Jitted, double JitMs)> marks, double processMs)
        {
            _marks = marks;
            ProcessMs = processMs;
        }

        public double ProcessMs { get; }

        /// <summary>Empty container to first message consumed.</summary>
        public double Total => _marks[^1].Ms - _marks[0].Ms;

        public static ChildResult Parse(string text, double processMs)
        {
            var marks = new List<(string, double, double, double)>();
            foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var fields = pair[(equals + 1)..].Split('/');
                marks.Add((pair[..equals], Parse(fields[0]), Parse(fields[1]), Parse(fields[2])));
            }

            return new ChildResult(marks, processMs);

            static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
        }

        public double Phase(string name) => Delta(name, m => m.Ms);

        /// <summary>Methods JIT-compiled in the phase, or from the empty container to the first message when <paramref name="phase"/> is null.</summary>
        public double Jitted(string? phase) => phase is null ? _marks[^1].Jitted - _marks[0].Jitted : Delta(phase, m => m.Jitted);

        public double JitMs(string? phase) => phase is null ? _marks[^1].JitMs - _marks[0].JitMs : Delta(phase, m => m.JitMs);

        private double Delta(string name, Func<(string Name, double Ms, double Jitted, double JitMs), double> value)
        {
            var index = _marks.FindIndex(m => m.Name == name);
            return index <= 0 ? 0 : value(_marks[index]) - value(_marks[index - 1]);
        }
    }
}
