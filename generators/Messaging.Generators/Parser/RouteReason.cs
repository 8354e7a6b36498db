namespace Messaging.Generators.Parser;

/// <summary>One reason a message type gets no route, naming the member when a member is at fault.</summary>
/// <remarks>Immutable and value-equal, like the specs, so analyzers and caches can compare results.</remarks>
internal sealed record RouteReason
{
    /// <summary>What is wrong.</summary>
    public required RouteReasonKind Kind { get; init; }

    /// <summary>The member at fault, or <see langword="null"/> when the type itself is.</summary>
    public string? MemberName { get; init; }

    /// <summary>For a key member at fault, the metadata name of its attribute (<c>[RoutingKey]</c> or <c>[PartitionKey]</c>).</summary>
    public string? AttributeName { get; init; }

    /// <summary>For a name at fault, what is wrong with it (without the name), for the diagnostic's message.</summary>
    public string? Problem { get; init; }

    /// <summary>A human-readable explanation.</summary>
    public required string Detail { get; init; }
}
