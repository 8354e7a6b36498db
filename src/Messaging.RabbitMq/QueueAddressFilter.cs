using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.RabbitMq;

/// <summary>
/// Refuses a send to a handler queue's <c>queue:</c> address at once, with the fix. MassTransit would declare the queue
/// for such a send without the arguments Messaging declared it with (its dead-letter exchange, and any message TTL,
/// quorum type or single active consumer); RabbitMQ refuses that with <c>PRECONDITION_FAILED</c>, and MassTransit
/// retries the declaration until the send is canceled — a send that never completes. The queue's exchange
/// (<c>exchange:billing</c>), where a <c>Send</c> without an address goes, reaches the same queue.
/// </summary>
internal sealed class QueueAddressFilter : IFilter<SendContext>
{
    private readonly HashSet<string> _queues;

    /// <param name="queues">The names of the queues Messaging declares, partitioned queues and their partitions included.</param>
    public QueueAddressFilter(IEnumerable<string> queues)
    {
        _queues = new HashSet<string>(queues, StringComparer.Ordinal);
    }

    public Task Send(SendContext context, IPipe<SendContext> next)
    {
        if (context.DestinationAddress is { } address && DeclaredQueue(address) is { } queue && _queues.Contains(queue))
        {
            throw new InvalidOperationException(
                $"Cannot send to {address}: it names the handler queue '{queue}' as a queue, for which MassTransit would declare " +
                "it without the arguments Messaging declared it with (its dead-letter exchange, and any message TTL or quorum " +
                $"type), which RabbitMQ refuses (PRECONDITION_FAILED). Send to exchange:{queue} instead, which delivers to the " +
                "same queue, or call Send without an address to use the generated convention.");
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("handlerQueueAddress");

    // rabbitmq://host/vhost/billing?bind=true (what queue:billing becomes) declares the queue billing, or the one a
    // queue=name parameter names; an address without bind=true declares no queue.
    private static string? DeclaredQueue(Uri address)
    {
        var query = address.Query;
        if (query.Length == 0 || !query.Contains("bind=true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? queue = null;
        var bind = false;
        foreach (var parameter in query.TrimStart('?').Split('&'))
        {
            var separator = parameter.IndexOf('=', StringComparison.Ordinal);
            var key = separator < 0 ? parameter : parameter[..separator];
            var value = separator < 0 ? string.Empty : Uri.UnescapeDataString(parameter[(separator + 1)..]);
            if (key.Equals("bind", StringComparison.OrdinalIgnoreCase))
            {
                bind = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if (key.Equals("queue", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                queue = value;
            }
        }

        if (!bind)
        {
            return null;
        }

        var path = address.AbsolutePath;
        return queue ?? Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }
}
