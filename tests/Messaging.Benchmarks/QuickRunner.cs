using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;
using Messaging.Serialization;

namespace Messaging.Benchmarks;

/// <summary>
/// A side-by-side run in about two minutes: every case is measured in interleaved rounds (so machine noise hits
/// all of them alike) and the median per case is compared. BenchmarkDotNet remains the reference for publishable
/// figures; this is the quick check a contributor runs before and after a change.
/// </summary>
/// <remarks>
/// <c>--quick</c> runs every part but <c>rabbitmq</c>; <c>--quick serialization|bus|startup|rabbitmq</c> runs the ones
/// named (several may be given), and <c>--runs N</c> sets the cold processes per side of the start-up part. The
/// <c>rabbitmq</c> part needs a running broker and <c>/usr/bin/python3</c> with pika, so it runs only when named.
/// </remarks>
internal static class QuickRunner
{
    private const int Rounds = 9;
    private const int DefaultStartupRuns = 3;
    private static readonly TimeSpan s_roundTime = TimeSpan.FromMilliseconds(120);
    private static readonly string[] s_parts = ["serialization", "bus", "startup"];

    /// <summary>Parts that need more than the machine (a running RabbitMQ, Python with pika): run only when named.</summary>
    private static readonly string[] s_optionalParts = ["rabbitmq"];

    public static int Run(string[] args)
    {
        var parts = new List<string>();
        var startupRuns = DefaultStartupRuns;
        for (var i = Array.IndexOf(args, "--quick") + 1; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[i + 1], out var runs) && runs > 0)
            {
                startupRuns = runs;
                i++;
            }
            else if (Array.IndexOf(s_parts, args[i]) >= 0 || Array.IndexOf(s_optionalParts, args[i]) >= 0)
            {
                parts.Add(args[i]);
            }
            else
            {
                Console.Error.WriteLine($"--quick: unknown part '{args[i]}'; expected {string.Join(", ", [.. s_parts, .. s_optionalParts])} or --runs N");
                return 2;
            }
        }

        if (parts.Count == 0)
        {
            parts.AddRange(s_parts);
        }

        var exitCode = 0;
        var total = Stopwatch.StartNew();
        foreach (var part in parts)
        {
            Console.WriteLine($"=== {part} ===");
            var watch = Stopwatch.StartNew();
            var code = part switch
            {
                "serialization" => RunSerialization(),
                "bus" => BusQuickRunner.RunAsync().GetAwaiter().GetResult(),
                "rabbitmq" => RabbitMq.RabbitMqQuickRunner.RunAsync().GetAwaiter().GetResult(),
                _ => StartupRunner.Run(startupRuns),
            };
            exitCode = Math.Max(exitCode, code);
            Console.WriteLine($"({part}: {watch.Elapsed.TotalSeconds:F0} s)");
            Console.WriteLine();
        }

        Console.WriteLine($"Quick run: {total.Elapsed.TotalSeconds:F0} s");
        return exitCode;
    }

    private static int RunSerialization()
    {
        var bench = new SerializationBenchmarks();
        bench.Setup();

        // Each case is bound to its own generic Measure<T>, so results are never boxed inside the measured loop.
        var cases = new (string Name, Func<TimeSpan, (double NsPerOp, double BytesPerOp)> Body)[]
        {
            ("STJ reflection serialize", d => Measure(bench.JsonReflectionSerialize, d)),
            ("STJ source-gen serialize", d => Measure(bench.JsonSourceGenSerialize, d)),
            ("Messaging serialize", d => Measure(bench.MessagePackSerialize, d)),
            ("STJ reflection deserialize", d => Measure(bench.JsonReflectionDeserialize, d)),
            ("STJ source-gen deserialize", d => Measure(bench.JsonSourceGenDeserialize, d)),
            ("Messaging deserialize", d => Measure(bench.MessagePackDeserialize, d)),
        };

        var nsPerOp = new List<double>[cases.Length];
        var bytesPerOp = new double[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            nsPerOp[i] = [];
            cases[i].Body(TimeSpan.FromMilliseconds(200)); // warm-up: tiered JIT reaches optimized code
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                var (ns, bytes) = cases[i].Body(s_roundTime);
                nsPerOp[i].Add(ns);
                bytesPerOp[i] = bytes;
            }
        }

        var median = new double[cases.Length];
        Console.WriteLine($"Reference message: OrderPlaced (Guid, string, decimal, string, 3 lines); median of {Rounds} interleaved rounds");
        Console.WriteLine();
        Console.WriteLine($"{"case",-28} {"ns/op",10} {"alloc B/op",11}");
        for (var i = 0; i < cases.Length; i++)
        {
            nsPerOp[i].Sort();
            median[i] = nsPerOp[i][Rounds / 2];
            Console.WriteLine($"{cases[i].Name,-28} {median[i],10:F1} {bytesPerOp[i],11:F0}");
        }

        var msgpackSize = WireSerializer.Serialize(ReferenceMessages.Order).Length;
        var jsonSize = JsonSerializer.SerializeToUtf8Bytes(ReferenceMessages.Order, BenchJsonContext.Default.OrderPlaced).Length;

        Console.WriteLine();
        Console.WriteLine("Ratios (how many times faster Messaging is; goal: >= 5x vs reflection, >= 3x vs source-gen):");
        Console.WriteLine($"  serialize   vs STJ reflection: {median[0] / median[2],5:F2}x   vs STJ source-gen: {median[1] / median[2],5:F2}x");
        Console.WriteLine($"  deserialize vs STJ reflection: {median[3] / median[5],5:F2}x   vs STJ source-gen: {median[4] / median[5],5:F2}x");
        Console.WriteLine($"Payload: MessagePack {msgpackSize} B, JSON {jsonSize} B ({100.0 * msgpackSize / jsonSize:F1}% of JSON; goal: < 60%)");
        Console.WriteLine($"Allocated by Messaging serialize into a reused buffer writer: {bytesPerOp[2]:F0} B/op (goal: 0)");
        return 0;
    }

    private static (double NsPerOp, double BytesPerOp) Measure<T>(Func<T> body, TimeSpan duration)
    {
        // Batches keep the clock and allocation counter out of the measured loop.
        const int Batch = 256;
        long ops = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        T? sink = default;
        while (watch.Elapsed < duration)
        {
            for (var i = 0; i < Batch; i++)
            {
                sink = body();
            }

            ops += Batch;
        }

        watch.Stop();
        GC.KeepAlive(sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return (watch.Elapsed.TotalNanoseconds / ops, (double)allocated / ops);
    }
}
