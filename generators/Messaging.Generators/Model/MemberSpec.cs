namespace Messaging.Generators.Model;

/// <summary>One serialized field or property of a message: its wire index, shape and how it is set on read.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record MemberSpec
{
    /// <summary>The member name as declared, without an <c>@</c> (used in error messages).</summary>
    public required string Name { get; init; }

    /// <summary>The member name as a C# identifier, <c>@</c>-escaped when it is a keyword.</summary>
    public required string Identifier { get; init; }

    /// <summary>The zero-based index in the message array.</summary>
    public required int Key { get; init; }

    /// <summary>How the member's type travels.</summary>
    public required TypeShapeSpec Shape { get; init; }

    /// <summary>Whether the member is passed to the chosen constructor.</summary>
    public required bool IsConstructorParameter { get; init; }

    /// <summary>
    /// Whether the object initializer sets the member: every member the constructor does not set, and
    /// <c>required</c> members unless the constructor has <c>[SetsRequiredMembers]</c>.
    /// </summary>
    public required bool IsSetByInitializer { get; init; }

    /// <summary>
    /// The C# expression the member starts from before reading: the constructor parameter's default value when it
    /// has one (so a field an older producer did not send keeps it), otherwise <see langword="null"/> for <c>default</c>.
    /// </summary>
    public string? DefaultValue { get; init; }

    /// <summary>
    /// Whether the member is set by the object initializer, is not <c>required</c>, and declares an initializer of
    /// its own (<c>= value</c>): then it is left out of the object initializer when an older producer did not send
    /// it, so it keeps that value.
    /// </summary>
    public bool KeepsOwnInitializer { get; init; }
}
