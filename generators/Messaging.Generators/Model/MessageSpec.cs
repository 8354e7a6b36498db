namespace Messaging.Generators.Model;

/// <summary>Everything the emitter needs to write one message's formatter.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record MessageSpec
{
    /// <summary>The message type.</summary>
    public required TypeRef Type { get; init; }

    /// <summary>The name errors use: the type name with its containing types (<c>Outer.Inner</c>), no namespace.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The namespace, containing types and name, dotted (<c>Shop.Contracts.OrderPlaced</c>): the hint name stem.</summary>
    public required string DottedName { get; init; }

    /// <summary>The generated formatter class (<c>Shop_Contracts_OrderPlacedFormatter</c>) in <c>Messaging.Generated</c>.</summary>
    public required string FormatterName { get; init; }

    /// <summary>The length of the message array: the highest key plus one.</summary>
    public required int ArrayLength { get; init; }

    /// <summary>The serialized members, ordered by key.</summary>
    public required EquatableArray<MemberSpec> Members { get; init; }

    /// <summary>The keys of the members passed to the constructor, in parameter order.</summary>
    public required EquatableArray<int> ConstructorArguments { get; init; }

    /// <summary>
    /// The fully qualified names of the other messages of this compilation that members reference: when one of them
    /// gets no formatter, neither does this message.
    /// </summary>
    public required EquatableArray<string> MessageDependencies { get; init; }
}
