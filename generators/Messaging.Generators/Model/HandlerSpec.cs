namespace Messaging.Generators.Model;

/// <summary>One valid <c>[Handler]</c> method: its consumer, the routes it involves, and how it is registered.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record HandlerSpec
{
    /// <summary>What the consumer file is written from.</summary>
    public required ConsumerSpec Consumer { get; init; }

    /// <summary>The route of the consumed message.</summary>
    public required MessageRouteSpec Message { get; init; }

    /// <summary>The route of the returned message, or <see langword="null"/> when the handler returns none.</summary>
    public MessageRouteSpec? Result { get; init; }

    /// <summary>The queue: <c>[Handler(Queue)]</c>, or the class name in kebab case.</summary>
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

    /// <summary>The retry policy, or <see langword="null"/> without <c>[Retry]</c>.</summary>
    public RetrySpec? Retry { get; init; }

    /// <summary>Whether the handler is <c>[Idempotent]</c>: handled at most once per message id and queue.</summary>
    public bool Idempotent { get; init; }

    /// <summary>For an instance method, its class; <see langword="null"/> for a static one.</summary>
    public HandlerClassSpec? HandlerClass { get; init; }
}
