namespace Messaging.Generators.Model;

/// <summary>
/// The wire shape of a member type, recursive for element, key and underlying types: a
/// <c>List&lt;Dictionary&lt;string, Color?&gt;&gt;</c> is a <see cref="TypeShapeKind.List"/> whose element is a
/// <see cref="TypeShapeKind.Dictionary"/> whose value is a <see cref="TypeShapeKind.Nullable"/> of an
/// <see cref="TypeShapeKind.Enum"/>.
/// </summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record TypeShapeSpec
{
    /// <summary>Which mapping applies.</summary>
    public required TypeShapeKind Kind { get; init; }

    /// <summary>The type itself, as generated code names it.</summary>
    public required TypeRef Type { get; init; }

    /// <summary>For <see cref="TypeShapeKind.Primitive"/> the scalar; for <see cref="TypeShapeKind.Enum"/> its underlying integer.</summary>
    public PrimitiveKind Primitive { get; init; }

    /// <summary>The element of a collection, the value of a dictionary, or the underlying type of a <see cref="System.Nullable{T}"/>.</summary>
    public TypeShapeSpec? Element { get; init; }

    /// <summary>The key of a dictionary.</summary>
    public TypeShapeSpec? Key { get; init; }

    /// <summary>For <see cref="TypeShapeKind.Message"/>, the generated formatter class to call.</summary>
    public string? FormatterName { get; init; }

    /// <summary>
    /// For <see cref="TypeShapeKind.MessagePackCSharp"/>, the formatter a <c>[MessagePackFormatter]</c> names
    /// (<c>global::N.PointFormatter</c>), or <see langword="null"/> to use the one the configured resolver gives.
    /// </summary>
    public string? MessagePackFormatter { get; init; }

    /// <summary>The C# expression that gives the <see cref="MessagePackFormatter"/> instance (<c>new()</c> or <c>global::N.PointFormatter.Instance</c>).</summary>
    public string? MessagePackFormatterInstance { get; init; }

    /// <summary>For collection interfaces, whether the interface has an indexer (<c>IList</c>, <c>IReadOnlyList</c>).</summary>
    public bool IsIndexable { get; init; }

    /// <summary>
    /// For shapes read into an array, the text before and after the length in the array creation expression:
    /// <c>new global::N.Line[count]</c> is <c>global::N.Line</c> and <c>""</c>, and a jagged <c>new int[count][]</c> is
    /// <c>int</c> and <c>[]</c>.
    /// </summary>
    public string? NewArrayPrefix { get; init; }

    /// <inheritdoc cref="NewArrayPrefix"/>
    public string? NewArraySuffix { get; init; }
}
