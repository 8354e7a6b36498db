using System;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Transport;

/// <summary>
/// The consumer of a partitioned queue: forwards each message, in the order the queue delivers them, to one of the
/// queue's partition queues — chosen by a stable hash of the message's partition key — where the handlers run one
/// message at a time. Messages with one key therefore keep their order, through retries too, while different keys
/// run in parallel on different partitions.
/// </summary>
/// <remarks>
/// <para>
/// Why not MassTransit's partitioner on one concurrent endpoint: the transport hands messages to its concurrent
/// workers before any filter runs, so two messages with one key can reach the partitioner in the opposite order
/// (observed on the in-memory transport). The dispatcher endpoint runs one message at a time, which makes the queue's
/// delivery order the forwarding order.
/// </para>
/// <para>
/// Forwarding re-sends the original body and headers (message id, correlation, conversation, request id, response
/// address, sent time), so handlers, responses and faults see the message as it was sent; its destination becomes the
/// partition queue, so the partition's binding filter lets it through (the dispatcher has applied the bindings already,
/// and to published messages only). A message type without a partition key sharing the queue is spread over the
/// partitions in turn.
/// </para>
/// </remarks>
internal sealed class PartitionDispatcher<T>
    where T : class
{
    private readonly Func<T, string>? _partitionKey;
    private readonly Func<T, string>? _routingKey;
    private readonly RoutingKeyBinding[] _bindings;
    private readonly Uri[] _partitions;
    private uint _next;

    /// <param name="partitionKey">Reads the partition key, or <see langword="null"/> to spread messages in turn.</param>
    /// <param name="routingKey">Reads the routing key, or <see langword="null"/> when the queue takes every message.</param>
    /// <param name="bindings">The queue's bindings for the type; a message matching any of them is taken.</param>
    /// <param name="partitions">The partition queues' addresses.</param>
    public PartitionDispatcher(Func<T, string>? partitionKey, Func<T, string>? routingKey, RoutingKeyBinding[] bindings, Uri[] partitions)
    {
        _partitionKey = partitionKey;
        _routingKey = routingKey;
        _bindings = bindings;
        _partitions = partitions;
    }

    public Task DispatchAsync(ConsumeContext<T> context)
    {
        // Bindings route published messages only; one sent to the queue is taken whatever its key.
        if (_routingKey is not null && Delivery.ThroughBinding(context) && !Accepts(_routingKey(context.Message)))
        {
            context.ReceiveContext.GetOrAddPayload(static () => UnroutedMessage.Instance);
            return Task.CompletedTask;
        }

        // The dispatcher's endpoint processes one message at a time, so the round-robin counter needs no lock.
        var partition = _partitionKey is null
            ? (int)(_next++ % (uint)_partitions.Length)
            : PartitionOf(_partitionKey(context.Message) ?? string.Empty, _partitions.Length);
        return context.Forward(_partitions[partition]);
    }

    /// <summary>
    /// The partition of a key: FNV-1a over its UTF-16 code units, modulo the partition count. Stable across processes
    /// and restarts, so a durable partition queue keeps receiving the same keys.
    /// </summary>
    public static int PartitionOf(string key, int partitionCount)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)partitionCount);
    }

    private bool Accepts(string? routingKey)
    {
        foreach (var binding in _bindings)
        {
            if (binding.Matches(routingKey))
            {
                return true;
            }
        }

        return false;
    }
}
