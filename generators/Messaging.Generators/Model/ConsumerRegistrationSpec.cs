namespace Messaging.Generators.Model;

/// <summary>One <c>bus.AddConsumer&lt;TConsumer, TMessage&gt;(...)</c> of the registration.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record ConsumerRegistrationSpec
{
    /// <summary>The generated consumer class in <c>Messaging.Generated</c>.</summary>
    public required string ConsumerName { get; init; }

    /// <summary>The consumed message type.</summary>
    public required string MessageType { get; init; }

    /// <summary>The handler as documentation names it: <c>Shop.Billing.BillingHandlers.Handle</c>.</summary>
    public required string HandlerDisplayName { get; init; }

    /// <summary>The services the handler method takes that must be registered (not nullable), each once.</summary>
    public required EquatableArray<ServiceSpec> RequiredServices { get; init; }

    /// <summary>For an instance handler, the class the factory resolves; <see langword="null"/> for a static one.</summary>
    public string? HandlerType { get; init; }

    /// <summary>Whether the consumer's constructor takes the consume scope's <c>IServiceProvider</c>.</summary>
    public required bool NeedsServices { get; init; }

    /// <summary>The queue.</summary>
    public required string Queue { get; init; }

    /// <summary>The routing-key binding pattern, or <see langword="null"/>.</summary>
    public string? Binding { get; init; }

    /// <summary>The prefetch count; 0 keeps the transport default.</summary>
    public required int PrefetchCount { get; init; }

    /// <summary>The concurrency limit; 0 keeps the transport default.</summary>
    public required int ConcurrencyLimit { get; init; }

    /// <summary>Whether the queue is declared as a quorum queue.</summary>
    public bool QuorumQueue { get; init; }

    /// <summary>The queue's message time-to-live in milliseconds; 0 for none.</summary>
    public int MessageTimeToLiveMilliseconds { get; init; }

    /// <summary>The retry policy, or <see langword="null"/>.</summary>
    public RetrySpec? Retry { get; init; }

    /// <summary>Whether the handler is <c>[Idempotent]</c>.</summary>
    public bool Idempotent { get; init; }
}
