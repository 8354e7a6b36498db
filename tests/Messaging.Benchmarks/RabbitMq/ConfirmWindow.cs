using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// How every .NET side publishes: <see cref="RabbitMqQuickRunner.ConfirmWindow"/> publishes started at once, then all
/// awaited (each completes when the broker confirms it), until <c>count</c> have been published.
/// </summary>
internal sealed class ConfirmWindow
{
    private readonly Task[] _inFlight = new Task[RabbitMqQuickRunner.ConfirmWindow];

    /// <summary>
    /// One measured round: publishes <paramref name="count"/> through the window, waits until <paramref name="consumed"/>
    /// (the side's consumer has taken them all; set up before the call), and returns messages per second.
    /// </summary>
    public async Task<double> MeasureAsync(int count, Task consumed, Func<Task> publish)
    {
        var watch = Stopwatch.StartNew();
        await PublishAsync(count, publish).ConfigureAwait(false);
        await consumed.WaitAsync(TimeSpan.FromSeconds(300)).ConfigureAwait(false);
        return count / watch.Elapsed.TotalSeconds;
    }

    public async Task PublishAsync(int count, Func<Task> publish)
    {
        for (var sent = 0; sent < count; sent += _inFlight.Length)
        {
            var batch = Math.Min(_inFlight.Length, count - sent);
            for (var i = 0; i < batch; i++)
            {
                _inFlight[i] = publish();
            }

            for (var i = 0; i < batch; i++)
            {
                await _inFlight[i].ConfigureAwait(false);
            }
        }
    }
}
