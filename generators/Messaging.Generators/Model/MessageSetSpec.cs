namespace Messaging.Generators.Model;

/// <summary>The messages of one assembly that get a formatter, in ordinal order of their fully qualified names.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record MessageSetSpec
{
    /// <summary>The messages, each valid on its own and referencing only other messages of the set.</summary>
    public required EquatableArray<MessageSpec> Messages { get; init; }
}
