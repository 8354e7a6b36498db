using System;

namespace Messaging;

/// <summary>
/// Marks a method as the handler of the message type of its first parameter. The source generator emits a
/// MassTransit consumer for it, registers it, and binds its queue to the message's exchange.
/// </summary>
/// <remarks>
/// The other parameters may be <c>ConsumeContext&lt;T&gt;</c>, <c>CancellationToken</c>, or services resolved from
/// the consume scope. Static and instance methods both work; an instance handler's class is created per message from
/// the consume scope, its constructor parameters resolved as services. Returning a <c>[Message]</c> type (or a
/// <c>Task</c>/<c>ValueTask</c> of one) responds when the incoming message was a request and publishes it otherwise.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class HandlerAttribute : Attribute
{
    /// <summary>The queue (receive endpoint) the handler consumes from. Default: the handler class name in kebab case.</summary>
    public string? Queue { get; set; }

    /// <summary>
    /// A routing-key binding pattern (<c>eu.*</c>, <c>#.urgent</c>) for messages that have a <see cref="RoutingKeyAttribute"/>;
    /// only matching messages reach the handler. Default: every message.
    /// </summary>
    public string? Binding { get; set; }

    /// <summary>How many messages the broker may deliver ahead of acknowledgement; 0 keeps the transport default.</summary>
    public int PrefetchCount { get; set; }

    /// <summary>How many messages the handler processes concurrently; 0 keeps the transport default.</summary>
    public int ConcurrencyLimit { get; set; }

    /// <summary>
    /// Declares the queue as a RabbitMQ quorum queue (replicated, for clusters) instead of a classic durable queue.
    /// One handler asking is enough for the whole queue. Ignored by the in-memory transport.
    /// </summary>
    /// <remarks>An existing queue keeps its type: RabbitMQ refuses to redeclare a classic queue as quorum.</remarks>
    public bool QuorumQueue { get; set; }

    /// <summary>
    /// How long, in milliseconds, a message may wait in the queue before it expires and is dead-lettered to
    /// <c>{queue}_dead-letter</c>; 0 (the default) keeps messages until consumed. With several handlers on one queue the
    /// shortest wins. Ignored by the in-memory transport.
    /// </summary>
    public int MessageTimeToLiveMilliseconds { get; set; }
}
