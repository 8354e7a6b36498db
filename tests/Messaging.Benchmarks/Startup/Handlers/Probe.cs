using System.Threading;
using System.Threading.Tasks;

namespace Messaging.Benchmarks.Startup.Handlers;

/// <summary>Counts the messages the start-up benchmark's handlers consume and completes when the expected number has arrived.</summary>
public static class Probe
{
    private static TaskCompletionSource s_done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static int s_remaining;

    /// <summary>Expects <paramref name="count"/> messages; the task completes when they have all been consumed.</summary>
    public static Task Expect(int count)
    {
        s_done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref s_remaining, count);
        return s_done.Task;
    }

    /// <summary>Called by every handler.</summary>
    public static void Consumed(int value)
    {
        _ = value;
        if (Interlocked.Decrement(ref s_remaining) == 0)
        {
            s_done.TrySetResult();
        }
    }
}
