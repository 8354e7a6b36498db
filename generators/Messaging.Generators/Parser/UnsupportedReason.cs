namespace Messaging.Generators.Parser;

/// <summary>One reason a <c>[Message]</c> type is not supported, naming the member when a member is at fault.</summary>
/// <remarks>Immutable and value-equal, like the specs, so analyzers and caches can compare results.</remarks>
internal sealed record UnsupportedReason
{
    /// <summary>What is wrong.</summary>
    public required UnsupportedReasonKind Kind { get; init; }

    /// <summary>The member at fault, or <see langword="null"/> when the type itself is.</summary>
    public string? MemberName { get; init; }

    /// <summary>A human-readable explanation, e.g. <c>type 'System.IO.Stream' has no MessagePack mapping</c>.</summary>
    public required string Detail { get; init; }
}
