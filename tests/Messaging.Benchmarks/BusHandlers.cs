using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Benchmarks;

/// <summary>
/// The Messaging side of the throughput benchmark: a <c>[Handler]</c> the generator turns into a consumer, registered
/// by the generated <c>AddMessagingBenchmarks()</c>, with the message on the wire as MessagePack.
/// </summary>
public static class GeneratedOrderHandlers
{
    [Handler(Queue = "bench-generated-orders")]
    public static void Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context) => BusSink.Generated.Consumed(order, context);
}

/// <summary>
/// The classic side: a hand-written consumer registered with <c>AddConsumer</c> and <c>ConfigureEndpoints</c>, with
/// MassTransit's default JSON envelope on the wire. It does the same work as the generated handler.
/// </summary>
public sealed class ClassicOrderConsumer : IConsumer<OrderPlaced>
{
    public Task Consume(ConsumeContext<OrderPlaced> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        BusSink.Classic.Consumed(context.Message, context);
        return Task.CompletedTask;
    }
}

/// <summary>Counts the messages one bus's handler consumed and completes when the expected number has arrived.</summary>
public sealed class BusSink
{
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;
    private long _checksum;
    private string? _contentType;

    public static BusSink Generated { get; } = new();

    public static BusSink Classic { get; } = new();

    /// <summary>The content type of the first message consumed since the last <see cref="Expect"/>.</summary>
    public string? ContentType => Volatile.Read(ref _contentType);

    /// <summary>A sum over what the handler read from the messages, so neither side can skip the deserialization.</summary>
    public long Checksum => Interlocked.Read(ref _checksum);

    /// <summary>Expects <paramref name="count"/> messages; the task completes when they have all been consumed.</summary>
    public Task Expect(int count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _contentType = null;
        Volatile.Write(ref _remaining, count);
        return _done.Task;
    }

    public void Consumed(OrderPlaced order, ConsumeContext context)
    {
        // Both handlers read the whole message, the same way.
        Interlocked.Add(ref _checksum, order.Lines.Count + order.Region.Length + order.CustomerId.Length + (long)order.Total);
        if (Volatile.Read(ref _contentType) is null)
        {
            Interlocked.CompareExchange(ref _contentType, context.ReceiveContext.ContentType?.MediaType ?? "(none)", null);
        }

        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult();
        }
    }
}
