using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Messaging.Benchmarks;

/// <summary>
/// End-to-end in-memory throughput, side by side in one process: both buses run at once, each round publishes the
/// same number of reference orders on one bus and then the other (the order alternates), and the medians are compared.
/// </summary>
internal static class BusQuickRunner
{
    private const int Rounds = 9;
    private const int MessagesPerRound = 10_000;

    public static async Task<int> RunAsync()
    {
        await using var generated = await InMemoryBus.StartGeneratedAsync().ConfigureAwait(false);
        await using var classic = await InMemoryBus.StartClassicAsync().ConfigureAwait(false);
        InMemoryBus[] buses = [generated, classic];

        foreach (var bus in buses)
        {
            await bus.AssertContentTypeAsync().ConfigureAwait(false);
        }

        // Warm-up: tiered JIT reaches optimized code, pools and caches fill.
        for (var i = 0; i < 3; i++)
        {
            foreach (var bus in buses)
            {
                await bus.MeasureAsync(MessagesPerRound / 2).ConfigureAwait(false);
            }
        }

        var rates = new[] { new List<double>(), new List<double>() };
        var bytes = new[] { new List<double>(), new List<double>() };
        for (var round = 0; round < Rounds; round++)
        {
            for (var k = 0; k < buses.Length; k++)
            {
                var index = round % 2 == 0 ? k : buses.Length - 1 - k;
                var (rate, perMessage) = await buses[index].MeasureAsync(MessagesPerRound).ConfigureAwait(false);
                rates[index].Add(rate);
                bytes[index].Add(perMessage);
            }
        }

        Console.WriteLine($"End-to-end in-memory: publish {MessagesPerRound} OrderPlaced in concurrent batches of {InMemoryBus.DefaultBatch}, wait until all are consumed;");
        Console.WriteLine($"median of {Rounds} interleaved rounds; allocations on every thread (GC.GetTotalAllocatedBytes)");
        Console.WriteLine();
        Console.WriteLine($"{"bus",-34} {"content type",-34} {"msgs/s",9} {"min",9} {"max",9} {"alloc B/msg",12}");
        var median = new double[buses.Length];
        var medianBytes = new double[buses.Length];
        for (var i = 0; i < buses.Length; i++)
        {
            rates[i].Sort();
            bytes[i].Sort();
            median[i] = rates[i][Rounds / 2];
            medianBytes[i] = bytes[i][Rounds / 2];
            Console.WriteLine($"{buses[i].Name,-34} {buses[i].Sink.ContentType,-34} {median[i],9:F0} {rates[i][0],9:F0} {rates[i][^1],9:F0} {medianBytes[i],12:F0}");
        }

        Console.WriteLine();
        Console.WriteLine($"Ratio throughput (Messaging / classic; goal: >= 1.5x): {median[0] / median[1]:F2}x");
        Console.WriteLine($"Ratio allocations per message (classic / Messaging): {medianBytes[1] / medianBytes[0]:F2}x");
        return 0;
    }
}
