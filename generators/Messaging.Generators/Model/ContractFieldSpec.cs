namespace Messaging.Generators.Model;

/// <summary>One field of a message as the contract lock records it: where it travels, what it is called, how it is encoded.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record ContractFieldSpec
{
    /// <summary>The zero-based index in the message array.</summary>
    public required int Index { get; init; }

    /// <summary>The member name as declared, without an <c>@</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The wire type, as <see cref="Parser.WireTypeNames"/> spells it: <c>int32</c>, <c>array&lt;string&gt;</c>.</summary>
    public required string Wire { get; init; }
}
