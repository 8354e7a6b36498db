namespace Messaging.Generators.Model;

/// <summary>How one message class travels: what the generated <c>MessageRoute&lt;T&gt;</c> of it says, apart from its consumers.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record MessageRouteSpec
{
    /// <summary>The message type, fully qualified with <c>global::</c>, without a nullable annotation.</summary>
    public required string MessageType { get; init; }

    /// <summary>The exchange / topic name: the <c>[Message]</c> argument, or MassTransit's <c>{Namespace}:{Outer-Inner}</c>.</summary>
    public required string EntityName { get; init; }

    /// <summary>The message type URN as MassTransit spells it: <c>urn:message:{Namespace}:{Outer+Inner}</c>.</summary>
    public required string MessageUrn { get; init; }

    /// <summary>The <c>[RoutingKey]</c> member, or <see langword="null"/> (the exchange is then fanout).</summary>
    public KeyAccessorSpec? RoutingKey { get; init; }

    /// <summary>Whether <c>[Message(DirectExchange = true)]</c> asks for a direct exchange (with a routing key only).</summary>
    public bool DirectExchange { get; init; }

    /// <summary>The <c>[RoutingHeader]</c> members, in declaration order; any makes the exchange a headers exchange.</summary>
    public EquatableArray<RoutingHeaderSpec> RoutingHeaders { get; init; }

    /// <summary>The <c>[PartitionKey]</c> member, or <see langword="null"/>.</summary>
    public KeyAccessorSpec? PartitionKey { get; init; }
}
