namespace Messaging.Generators.Model;

/// <summary>One <c>bus.AddMessage(new MessageRoute&lt;T&gt; { ... })</c> of the registration.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record RouteRegistrationSpec
{
    /// <summary>The message's route.</summary>
    public required MessageRouteSpec Route { get; init; }

    /// <summary>The queues of this assembly that consume it, ordered by queue then pattern (ordinal).</summary>
    public required EquatableArray<QueueBindingSpec> Consumers { get; init; }

    /// <summary>The queue <c>Send</c> uses: set when exactly one queue of this assembly consumes the message.</summary>
    public string? SendQueue { get; init; }
}
