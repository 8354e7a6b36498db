namespace Messaging.Generators.Model;

/// <summary>A handler's <c>[Retry]</c>, with the kind already defaulted.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record RetrySpec
{
    /// <summary>The <c>Messaging.RetryKind</c> member name: <c>Immediate</c>, <c>Interval</c>, <c>Incremental</c> or <c>Exponential</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>How many retries follow the first attempt.</summary>
    public required int Count { get; init; }

    /// <summary>The wait before the first retry, in milliseconds.</summary>
    public required int IntervalMilliseconds { get; init; }

    /// <summary>The growth of each further wait, in milliseconds (incremental).</summary>
    public required int IncrementMilliseconds { get; init; }

    /// <summary>The longest wait, in milliseconds (exponential).</summary>
    public required int MaxIntervalMilliseconds { get; init; }

    /// <summary>The exception types that are not retried, fully qualified, in attribute order.</summary>
    public required EquatableArray<string> Ignore { get; init; }
}
