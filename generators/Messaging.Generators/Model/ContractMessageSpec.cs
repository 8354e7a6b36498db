namespace Messaging.Generators.Model;

/// <summary>One message as the contract lock records it: its identity, its entity name and its fields.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record ContractMessageSpec
{
    /// <summary>The namespace, containing types and name, dotted (<c>Shop.Contracts.OrderPlaced</c>): what identifies the message in the lock.</summary>
    public required string Type { get; init; }

    /// <summary>The exchange / topic name, or <see langword="null"/> when the type has no route (a struct, or a class that cannot be routed).</summary>
    public string? Entity { get; init; }

    /// <summary>
    /// The kind of exchange the message is published to on RabbitMQ — <c>fanout</c>, <c>topic</c>, <c>direct</c> or
    /// <c>headers</c> — or <c>none</c> when it has no route (no exchange is declared for it). <see langword="null"/> only
    /// for an entry read from a lock written before the lock recorded it: unknown, so not compared.
    /// </summary>
    public string? Exchange { get; init; }

    /// <summary>The serialized fields, ordered by index.</summary>
    public required EquatableArray<ContractFieldSpec> Fields { get; init; }
}
