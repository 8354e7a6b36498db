using System.Threading;
using System.Threading.Tasks;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>Counts consumed orders for the raw client side and completes when the expected number has arrived.</summary>
internal sealed class ConsumedCounter
{
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;
    private long _checksum;

    public long Checksum => Interlocked.Read(ref _checksum);

    public Task Expect(int count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, count);
        return _done.Task;
    }

    public void Consumed(OrderPlaced order)
    {
        // The same reading as BusSink.Consumed, so every side deserializes and touches the whole message.
        Interlocked.Add(ref _checksum, order.Lines.Count + order.Region.Length + order.CustomerId.Length + (long)order.Total);
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult();
        }
    }
}
