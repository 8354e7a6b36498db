namespace Messaging.Generators.Model;

/// <summary>A <c>[RoutingHeader("name")]</c> member: the header name and how its value is read.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record RoutingHeaderSpec
{
    /// <summary>The header name.</summary>
    public required string Name { get; init; }

    /// <summary>The member the value is read from.</summary>
    public required KeyAccessorSpec Accessor { get; init; }
}
