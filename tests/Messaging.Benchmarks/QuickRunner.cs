using System;
using System.Collections.Generic;
using System.Diagnostics;

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
        // Serialize cases first, then deserialize cases in the same order (see the indices below).
        var cases = new (string Name, Func<TimeSpan, (double NsPerOp, double BytesPerOp)> Body)[]
        {
            ("Messaging serialize", d => Measure(bench.MessagePackSerialize, d)),
            ("MsgPack-CSharp [Key] serialize", d => Measure(bench.KeyedSerialize, d)),
            ("MsgPack-CSharp contractless ser.", d => Measure(bench.ContractlessSerialize, d)),
            ("Bridge serialize", d => Measure(bench.BridgeSerialize, d)),
            ("STJ reflection serialize", d => Measure(bench.JsonReflectionSerialize, d)),
            ("STJ source-gen serialize", d => Measure(bench.JsonSourceGenSerialize, d)),
            ("Messaging deserialize", d => Measure(bench.MessagePackDeserialize, d)),
            ("MsgPack-CSharp [Key] deserialize", d => Measure(bench.KeyedDeserialize, d)),
            ("MsgPack-CSharp contractless deser.", d => Measure(bench.ContractlessDeserialize, d)),
            ("Bridge deserialize", d => Measure(bench.BridgeDeserialize, d)),
            ("STJ reflection deserialize", d => Measure(bench.JsonReflectionDeserialize, d)),
            ("STJ source-gen deserialize", d => Measure(bench.JsonSourceGenDeserialize, d)),
        };
        const int Ours = 0, Keyed = 1, Contractless = 2, Bridge = 3, StjReflection = 4, StjSourceGen = 5;
        const int Deserialize = 6; // offset of the deserialize cases

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
        Console.WriteLine($"{"case",-36} {"ns/op",10} {"alloc B/op",11}");
        for (var i = 0; i < cases.Length; i++)
        {
            nsPerOp[i].Sort();
            median[i] = nsPerOp[i][Rounds / 2];
            Console.WriteLine($"{cases[i].Name,-36} {median[i],10:F1} {bytesPerOp[i],11:F0}");
        }

        var payloads = bench.Payloads;
        Console.WriteLine();
        Console.WriteLine("Payloads:");
        Console.WriteLine($"  Messaging                   {payloads.Ours.Length,4} B");
        Console.WriteLine($"  MsgPack-CSharp [Key]        {payloads.Keyed.Length,4} B  {Compare(payloads.Keyed, payloads.Ours)}");
        Console.WriteLine($"  MsgPack-CSharp contractless {payloads.Contractless.Length,4} B  {Compare(payloads.Contractless, payloads.Ours)}");
        Console.WriteLine($"  Bridge                      {payloads.Bridge.Length,4} B  {Compare(payloads.Bridge, payloads.Ours)}");
        Console.WriteLine($"  JSON                        {payloads.Json.Length,4} B");

        // MessagePack-CSharp's best path is the faster of its two, each way.
        var bestSerialize = median[Keyed] <= median[Contractless] ? Keyed : Contractless;
        var bestDeserialize = median[Deserialize + Keyed] <= median[Deserialize + Contractless] ? Keyed : Contractless;

        Console.WriteLine();
        Console.WriteLine("Ratios (how many times faster Messaging is than each peer):");
        Console.WriteLine($"  {"peer",-28} {"serialize",10} {"deserialize",12}");
        foreach (var peer in new[] { Keyed, Contractless, Bridge, StjReflection, StjSourceGen })
        {
            var name = cases[peer].Name.Replace(" serialize", "", StringComparison.Ordinal).Replace(" ser.", "", StringComparison.Ordinal);
            Console.WriteLine(
                $"  {name,-28} {median[peer] / median[Ours],9:F2}x {median[Deserialize + peer] / median[Deserialize + Ours],11:F2}x");
        }

        Console.WriteLine();
        Console.WriteLine("Bridge overhead (MessagePackSerializer + MessagingResolver vs WireSerializer directly):");
        Console.WriteLine(
            $"  serialize   +{median[Bridge] - median[Ours],6:F1} ns/op ({median[Bridge] / median[Ours]:F2}x), {bytesPerOp[Bridge]:F0} B/op vs {bytesPerOp[Ours]:F0}");
        Console.WriteLine(
            $"  deserialize +{median[Deserialize + Bridge] - median[Deserialize + Ours],6:F1} ns/op ({median[Deserialize + Bridge] / median[Deserialize + Ours]:F2}x), {bytesPerOp[Deserialize + Bridge]:F0} B/op vs {bytesPerOp[Deserialize + Ours]:F0}");

        Console.WriteLine();
        Console.WriteLine("Goals (reported, not asserted):");
        Goal($"serialize   >= 3x MessagePack-CSharp's best ({Short(cases[bestSerialize].Name)})", median[bestSerialize] / median[Ours], 3);
        Goal($"deserialize >= 2x MessagePack-CSharp's best ({Short(cases[bestDeserialize].Name)})", median[Deserialize + bestDeserialize] / median[Deserialize + Ours], 2);
        Goal("serialize   >= 5x STJ reflection", median[StjReflection] / median[Ours], 5);
        Goal("deserialize >= 5x STJ reflection", median[Deserialize + StjReflection] / median[Deserialize + Ours], 5);
        Goal("serialize   >= 3x STJ source-gen", median[StjSourceGen] / median[Ours], 3);
        Goal("deserialize >= 3x STJ source-gen", median[Deserialize + StjSourceGen] / median[Deserialize + Ours], 3);
        var sizeShare = 100.0 * payloads.Ours.Length / payloads.Json.Length;
        Console.WriteLine($"  {(sizeShare < 60 ? "pass" : "MISS")}  payload < 60% of JSON: {sizeShare:F1}%");
        // B/op is the round's allocations over its operations, so anything the round allocates once (not per call) shows
        // as a fraction of a byte: a call allocates nothing when the figure is below half a byte.
        Console.WriteLine(
            $"  {(bytesPerOp[Ours] < 0.5 ? "pass" : "MISS")}  0 B/op serializing into a reused writer: {bytesPerOp[Ours]:F3} B/op");
        return 0;

        static string Short(string name) => name.StartsWith("MsgPack-CSharp [Key]", StringComparison.Ordinal) ? "[Key] + StandardResolver" : "contractless";

        static void Goal(string what, double ratio, double goal) =>
            Console.WriteLine($"  {(ratio >= goal ? "pass" : "MISS")}  {what}: {ratio:F2}x");
    }

    /// <summary>Says whether <paramref name="bytes"/> equal ours, or where they first differ.</summary>
    private static string Compare(byte[] bytes, byte[] ours)
    {
        if (bytes.AsSpan().SequenceEqual(ours))
        {
            return "byte-identical to Messaging";
        }

        var at = bytes.AsSpan().CommonPrefixLength(ours);
        return $"differs from Messaging (first at byte {at}: 0x{(at < bytes.Length ? bytes[at] : 0):x2} vs 0x{(at < ours.Length ? ours[at] : 0):x2})";
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
