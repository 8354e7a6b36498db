using System;

namespace Messaging.Tests.Infrastructure;

/// <summary>Measures what code allocates on the current thread.</summary>
public static class Allocations
{
    /// <summary>
    /// The fewest bytes <paramref name="action"/> allocated on this thread over a few runs, after one run to warm up.
    /// </summary>
    /// <remarks>
    /// The minimum, because the counter is not exact across a garbage collection: when another thread (a parallel
    /// test) triggers one, the unused rest of this thread's allocation context, a few kilobytes, can be counted as
    /// allocated. An allocation the code really makes shows in every run.
    /// </remarks>
    public static long Fewest(Action action, int runs = 5)
    {
        action();
        var fewest = long.MaxValue;
        for (var i = 0; i < runs && fewest > 0; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }
}
