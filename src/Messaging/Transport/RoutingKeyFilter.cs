using System;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Transport;

/// <summary>
/// Emulates a queue's direct or topic binding on a transport that delivers every message of a type to every queue
/// consuming it (the in-memory transport): a message whose routing key does not match the consumer's binding is not
/// passed on, and is marked so that <see cref="DiscardUnroutedFilter"/> drops it instead of moving it to
/// <c>_skipped</c> — as if the broker had never delivered it.
/// </summary>
/// <remarks>
/// <para>
/// Only a published message is filtered: a binding routes what an exchange receives, while a message sent to the
/// queue itself — a <c>Send</c>, a forward, a redelivery — reaches it whatever its key, as on a broker (see
/// <see cref="Delivery.ThroughBinding"/>).
/// </para>
/// <para>
/// The key is read from the message with the route's accessor, so it works for MessagePack and JSON envelope messages
/// alike. It runs first in the consumer's message pipe, before the partitioner, retries and the consumer factory.
/// </para>
/// </remarks>
internal sealed class RoutingKeyFilter<T> : IFilter<ConsumeContext<T>>
    where T : class
{
    private readonly Func<T, string> _routingKey;
    private readonly RoutingKeyBinding _binding;

    public RoutingKeyFilter(Func<T, string> routingKey, RoutingKeyBinding binding)
    {
        _routingKey = routingKey;
        _binding = binding;
    }

    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (!Delivery.ThroughBinding(context) || _binding.Matches(_routingKey(context.Message)))
        {
            return next.Send(context);
        }

        context.ReceiveContext.GetOrAddPayload(static () => UnroutedMessage.Instance);
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateFilterScope("routingKeyBinding");
        scope.Add("exchangeKind", _binding.Kind.ToString());
        scope.Add("pattern", _binding.Pattern);
    }
}

/// <summary>How a received message reached its queue.</summary>
internal static class Delivery
{
    /// <summary>
    /// Whether the message reached the queue through an exchange's binding — it was published — rather than being
    /// sent to the queue itself: its destination (the JSON envelope's, or the MessagePack <c>DestinationAddress</c>
    /// header) names another entity than the queue it was received from. A message that does not say where it was
    /// sent counts as sent to the queue, so a binding never loses it. A partition of a partitioned queue counts as the
    /// queue (see <see cref="MessagingTopology.PartitionQueueName"/>).
    /// </summary>
    public static bool ThroughBinding(ConsumeContext context) =>
        context.DestinationAddress is { } destination
        && context.ReceiveContext.InputAddress is { } input
        && !IsQueueOrItsPartition(EntityName(destination), EntityName(input));

    // A partition queue (billing.partition-3) is the queue billing as far as bindings go: a message sent to billing —
    // on RabbitMQ, its consistent-hash exchange — arrives at one of its partitions.
    private static bool IsQueueOrItsPartition(ReadOnlySpan<char> destination, ReadOnlySpan<char> input) =>
        input.Equals(destination, StringComparison.Ordinal)
        || input.Length > destination.Length
        && input.StartsWith(destination, StringComparison.Ordinal)
        && IsPartitionSuffix(input[destination.Length..]);

    private static bool IsPartitionSuffix(ReadOnlySpan<char> suffix)
    {
        const string Partition = MessagingTopology.PartitionSuffix;
        if (suffix.Length <= Partition.Length || !suffix.StartsWith(Partition, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in suffix[Partition.Length..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // The queue or exchange an address names, whatever its form: loopback://localhost/billing, queue:billing,
    // rabbitmq://host/vhost/billing?durable=true all name billing.
    private static ReadOnlySpan<char> EntityName(Uri address)
    {
        var path = address.IsAbsoluteUri ? address.AbsolutePath.AsSpan() : address.OriginalString.AsSpan();
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        return path[(path.LastIndexOf('/') + 1)..];
    }
}

/// <summary>Marks a received message that a binding filtered out.</summary>
internal sealed class UnroutedMessage
{
    public static readonly UnroutedMessage Instance = new();

    private UnroutedMessage()
    {
    }
}

/// <summary>
/// First filter of the dead-letter pipe of endpoints with bound consumers: drops a message that no consumer took
/// because bindings filtered it out; everything else goes on to <c>_skipped</c> as usual.
/// </summary>
internal sealed class DiscardUnroutedFilter : IFilter<ReceiveContext>
{
    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next) =>
        context.TryGetPayload<UnroutedMessage>(out _) ? Task.CompletedTask : next.Send(context);

    public void Probe(ProbeContext context) => context.CreateFilterScope("discardUnrouted");
}
