using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>Waits for a condition the system under test reaches by itself, with a timeout generous enough for a loaded CI machine.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task WaitAsync(Func<bool> condition, Func<string> what)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                throw new TimeoutException($"Not reached within {Timeout.TotalSeconds} s: {what()}");
            }

            await Task.Delay(20);
        }
    }
}
