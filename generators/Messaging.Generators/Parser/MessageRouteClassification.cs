using Messaging.Generators.Model;

namespace Messaging.Generators.Parser;

/// <summary>The outcome of classifying a message type for routing: a route spec, or the reasons there is none.</summary>
/// <remarks>Immutable and value-equal, like the specs.</remarks>
internal sealed record MessageRouteClassification
{
    /// <summary>The route when the type can be routed; otherwise <see langword="null"/>.</summary>
    public MessageRouteSpec? Spec { get; init; }

    /// <summary>Why the type cannot be routed; empty when <see cref="Spec"/> is set.</summary>
    public EquatableArray<RouteReason> Reasons { get; init; }
}
