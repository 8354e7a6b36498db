namespace Messaging.Generators.Model;

/// <summary>Stands in for a type symbol: how generated code names the type, and the one fact the emitter needs.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record TypeRef
{
    /// <summary>
    /// The type as C# text, fully qualified with <c>global::</c> and keeping nullable reference annotations
    /// (<c>global::System.Collections.Generic.List&lt;string?&gt;</c>); keywords for special types (<c>int</c>, <c>string</c>).
    /// </summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>Whether the type is a value type (a struct, an enum or <see cref="System.Nullable{T}"/>).</summary>
    public required bool IsValueType { get; init; }

    /// <inheritdoc/>
    public override string ToString() => FullyQualifiedName;
}
