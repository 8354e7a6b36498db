using System;
using System.Collections.Generic;

namespace Messaging;

/// <summary>
/// How one message type travels: its entity name, exchange kind, the accessors of its routing and partition keys,
/// the queues that consume it, and where <c>Send</c> delivers it. The generator emits one per message type.
/// </summary>
/// <typeparam name="T">The message type.</typeparam>
public sealed class MessageRoute<T>
    where T : class
{
    /// <summary>The exchange / topic name, e.g. <c>shop.order-placed</c>.</summary>
    public required string EntityName { get; init; }

    /// <summary>The message type name carried in the <c>MT-MessageType</c> header, e.g. <c>urn:message:Shop.Contracts:OrderPlaced</c>.</summary>
    public required string MessageUrn { get; init; }

    /// <summary>How the exchange routes: <see cref="ExchangeKind.Topic"/> when the message has a routing key (<see cref="ExchangeKind.Direct"/> if it asks), else fanout.</summary>
    public ExchangeKind ExchangeKind { get; init; }

    /// <summary>Reads the routing key of a message, or <see langword="null"/> when it has none.</summary>
    public Func<T, string>? RoutingKey { get; init; }

    /// <summary>The headers a headers exchange routes the message by; empty for other exchange kinds.</summary>
    public IReadOnlyList<RoutingHeader<T>> RoutingHeaders { get; init; } = [];

    /// <summary>Reads the partition key of a message, or <see langword="null"/> when it has none.</summary>
    public Func<T, string>? PartitionKey { get; init; }

    /// <summary>The queues that consume the message in the registering assembly, with their binding patterns.</summary>
    public IReadOnlyList<QueueBinding> Consumers { get; init; } = [];

    /// <summary>
    /// The queue <c>Send</c> delivers to without an address: set when exactly one queue of the registering assembly
    /// consumes the message (a command).
    /// </summary>
    public string? SendQueue { get; init; }
}
