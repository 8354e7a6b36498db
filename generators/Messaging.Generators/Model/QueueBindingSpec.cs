namespace Messaging.Generators.Model;

/// <summary>A queue of this assembly that consumes a message, with its binding pattern.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record QueueBindingSpec
{
    /// <summary>The queue name.</summary>
    public required string Queue { get; init; }

    /// <summary>The routing-key binding pattern, or <see langword="null"/> for every message.</summary>
    public string? Pattern { get; init; }
}
