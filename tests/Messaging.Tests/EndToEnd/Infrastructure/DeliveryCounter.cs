using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Tests.EndToEnd.Infrastructure;

/// <summary>Counts the deliveries a bus completed, by message id — handled, or skipped by an inbox as a duplicate.</summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public int Of(Guid messageId) => _completed.TryGetValue(messageId, out var n) ? n : 0;

    public async Task WaitAsync(Guid messageId, int count)
    {
        using var deadline = new CancellationTokenSource(HandlerProbe.Timeout);
        while (Of(messageId) < count)
        {
            // Polls a counter the bus's observer updates; the deadline bounds it.
            await Task.Delay(10, deadline.Token);
        }
    }

    Task IConsumeObserver.PreConsume<T>(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeObserver.PostConsume<T>(ConsumeContext<T> context)
    {
        if (context.MessageId is { } id)
        {
            _completed.AddOrUpdate(id, 1, static (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    Task IConsumeObserver.ConsumeFault<T>(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
