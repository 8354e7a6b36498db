using System;
using Messaging.Generators.Model;

namespace Messaging.Generators.Parser;

/// <summary>
/// Spells a member's <see cref="TypeShapeSpec"/> as the wire type the contract lock records: what a peer in any
/// language has to read and write (docs/wire-format.md), not the C# type. Two C# types that travel the same way
/// spell the same, so changing one into the other is not a contract change.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>scalars: <c>bool</c>, <c>char</c>, <c>int8</c> … <c>uint64</c>, <c>float32</c>, <c>float64</c>,
/// <c>decimal</c>, <c>string</c>, <c>bin</c>, <c>guid</c>, <c>timestamp</c> (<c>DateTime</c> and
/// <c>DateTimeOffset</c>: both the instant), <c>timespan</c>;</item>
/// <item>an enum as its underlying integer; <c>Nullable&lt;T&gt;</c> as <c>T?</c> (nullable references are not
/// marked: any reference may travel as nil);</item>
/// <item>every collection as <c>array&lt;T&gt;</c>, every dictionary as <c>map&lt;K,V&gt;</c>,
/// <c>byte[]</c> and <c>(ReadOnly)Memory&lt;byte&gt;</c> as <c>bin</c>;</item>
/// <item>another message as <c>message&lt;Namespace.Type&gt;</c>;</item>
/// <item>a value MessagePack-CSharp writes as <c>msgpack-csharp:Namespace.Type</c>, plus <c>(Namespace.Formatter)</c>
/// when a <c>[MessagePackFormatter]</c> names the formatter: its bytes are whatever that type's formatter writes.</item>
/// </list>
/// These names are part of the lock format: changing one makes every lock that contains it report a change.
/// </remarks>
internal static class WireTypeNames
{
    private const string GlobalPrefix = "global::";

    /// <summary>The wire type of <paramref name="shape"/>.</summary>
    public static string Of(TypeShapeSpec shape) => shape.Kind switch
    {
        TypeShapeKind.Primitive or TypeShapeKind.Enum => Of(shape.Primitive),
        TypeShapeKind.Nullable => Of(Required(shape.Element)) + "?",
        TypeShapeKind.Memory => "bin",
        TypeShapeKind.Array or TypeShapeKind.List or TypeShapeKind.MutableCollectionInterface
            or TypeShapeKind.ReadOnlyCollectionInterface or TypeShapeKind.Enumerable or TypeShapeKind.ImmutableArray
            or TypeShapeKind.Set
            => "array<" + Of(Required(shape.Element)) + ">",
        TypeShapeKind.Dictionary or TypeShapeKind.DictionaryInterface
            => "map<" + Of(Required(shape.Key)) + "," + Of(Required(shape.Element)) + ">",
        TypeShapeKind.Message or TypeShapeKind.ExternalMessage => "message<" + MessageName(shape.Type.FullyQualifiedName) + ">",
        TypeShapeKind.MessagePackCSharp => shape.MessagePackFormatter is null
            ? "msgpack-csharp:" + MessageName(shape.Type.FullyQualifiedName)
            : "msgpack-csharp:" + MessageName(shape.Type.FullyQualifiedName) + "(" + MessageName(shape.MessagePackFormatter) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Kind, "unknown shape kind"),
    };

    private static string Of(PrimitiveKind primitive) => primitive switch
    {
        PrimitiveKind.Boolean => "bool",
        PrimitiveKind.Char => "char",
        PrimitiveKind.SByte => "int8",
        PrimitiveKind.Byte => "uint8",
        PrimitiveKind.Int16 => "int16",
        PrimitiveKind.UInt16 => "uint16",
        PrimitiveKind.Int32 => "int32",
        PrimitiveKind.UInt32 => "uint32",
        PrimitiveKind.Int64 => "int64",
        PrimitiveKind.UInt64 => "uint64",
        PrimitiveKind.Single => "float32",
        PrimitiveKind.Double => "float64",
        PrimitiveKind.Decimal => "decimal",
        PrimitiveKind.String => "string",
        PrimitiveKind.Bytes => "bin",
        PrimitiveKind.Guid => "guid",
        PrimitiveKind.DateTime or PrimitiveKind.DateTimeOffset => "timestamp",
        PrimitiveKind.TimeSpan => "timespan",
        _ => throw new ArgumentOutOfRangeException(nameof(primitive), primitive, "unknown primitive"),
    };

    // "global::Shop.Contracts.OrderLine?" → "Shop.Contracts.OrderLine": the dotted name the lock identifies messages by.
    private static string MessageName(string fullyQualifiedName)
    {
        var start = fullyQualifiedName.StartsWith(GlobalPrefix, StringComparison.Ordinal) ? GlobalPrefix.Length : 0;
        var end = fullyQualifiedName.EndsWith("?", StringComparison.Ordinal) ? fullyQualifiedName.Length - 1 : fullyQualifiedName.Length;
        return fullyQualifiedName.Substring(start, end - start);
    }

    private static TypeShapeSpec Required(TypeShapeSpec? shape) =>
        shape ?? throw new ArgumentException("a composite shape is missing its element or key", nameof(shape));
}
