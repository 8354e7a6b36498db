namespace Messaging;

/// <summary>Where and how a generated consumer runs, from its <see cref="HandlerAttribute"/> and <see cref="RetryAttribute"/>.</summary>
public sealed record ConsumerRegistration
{
    /// <summary>The handler method the consumer calls, as <c>Namespace.Class.Method</c>, for errors and logs; <see langword="null"/> names the consumer instead.</summary>
    public string? Handler { get; init; }

    /// <summary>The queue (receive endpoint) the consumer is configured on.</summary>
    public required string Queue { get; init; }

    /// <summary>The routing-key binding pattern, or <see langword="null"/> for every message.</summary>
    public string? Binding { get; init; }

    /// <summary>The prefetch count of the queue; 0 keeps the transport default.</summary>
    public int PrefetchCount { get; init; }

    /// <summary>How many messages are processed concurrently; 0 keeps the transport default.</summary>
    public int ConcurrencyLimit { get; init; }

    /// <summary>Whether the queue is a quorum queue on brokers that have them (RabbitMQ); ignored in memory.</summary>
    public bool QuorumQueue { get; init; }

    /// <summary>How long a message may wait in the queue before it expires and is dead-lettered; zero for no limit.</summary>
    public System.TimeSpan MessageTimeToLive { get; init; }

    /// <summary>The retry policy, or <see langword="null"/> for none.</summary>
    public RetryPolicy? Retry { get; init; }

    /// <summary>
    /// Whether the handler is <see cref="IdempotentAttribute">[Idempotent]</see>: a message whose id its queue has
    /// already handled is acknowledged without calling it again, as the registered inbox store records.
    /// </summary>
    public bool Idempotent { get; init; }

    /// <summary>
    /// The services the handler method takes and cannot run without (its parameters that are not nullable); the bus does
    /// not start while one of them is not registered.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<System.Type> RequiredServices { get; init; } = [];

    /// <summary>The keyed services (<c>[FromKeyedServices(key)]</c> parameters) the handler method cannot run without; checked like <see cref="RequiredServices"/>.</summary>
    public System.Collections.Generic.IReadOnlyList<KeyedServiceRequirement> RequiredKeyedServices { get; init; } = [];
}
