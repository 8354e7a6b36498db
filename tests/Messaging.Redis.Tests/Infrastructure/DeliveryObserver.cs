using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Testing;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>
/// Counts every delivery to the handler queues as it starts (into <see cref="FaultCounts.Consumed"/>: duplicates
/// skipped by the inbox included) and as it finishes, acknowledged or faulted, so a test can wait until a queue has
/// processed everything it was sent.
/// </summary>
public sealed class DeliveryObserver(FaultCounts counts) : IConsumeObserver
{
    private readonly ConcurrentDictionary<string, int> _finished = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Exception> _faults = new();

    /// <summary>The exceptions of the deliveries that failed for good (after their retries).</summary>
    public IReadOnlyCollection<Exception> Faults => _faults;

    /// <summary>Deliveries to <paramref name="queue"/> that finished (handled, skipped as duplicates, or failed for good).</summary>
    public int Finished(string queue) => _finished.TryGetValue(queue, out var n) ? n : 0;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (IsHandlerQueue(context) && context.MessageId is { } id)
        {
            counts.Consumed(id);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Finish(context);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (IsHandlerQueue(context))
        {
            _faults.Enqueue(exception);
        }

        Finish(context);
        return Task.CompletedTask;
    }

    private void Finish(ConsumeContext context)
    {
        if (IsHandlerQueue(context))
        {
            _finished.AddOrUpdate(QueueOf(context), 1, (_, n) => n + 1);
        }
    }

    private static string QueueOf(ConsumeContext context) => context.ReceiveContext.InputAddress.AbsolutePath.TrimStart('/');

    private static bool IsHandlerQueue(ConsumeContext context) => QueueOf(context).StartsWith("redis-", StringComparison.Ordinal)
        && !QueueOf(context).EndsWith("_error", StringComparison.Ordinal);
}
