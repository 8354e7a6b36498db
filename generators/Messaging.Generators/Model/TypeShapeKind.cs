namespace Messaging.Generators.Model;

/// <summary>How a member type travels on the wire, and which code reads and writes it.</summary>
internal enum TypeShapeKind
{
    /// <summary>A scalar with a direct reader/writer call (<see cref="PrimitiveKind"/>).</summary>
    Primitive,

    /// <summary>An enum, as its underlying integer.</summary>
    Enum,

    /// <summary><see cref="System.Nullable{T}"/>: nil or the value.</summary>
    Nullable,

    /// <summary><c>ReadOnlyMemory&lt;byte&gt;</c> or <c>Memory&lt;byte&gt;</c>, as bin.</summary>
    Memory,

    /// <summary><c>T[]</c>: an array, read into an array.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c>: an array, read into a list.</summary>
    List,

    /// <summary><c>IList&lt;T&gt;</c> or <c>ICollection&lt;T&gt;</c>: an array, read into a (mutable) <c>List&lt;T&gt;</c>.</summary>
    MutableCollectionInterface,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> or <c>IReadOnlyCollection&lt;T&gt;</c>: an array, read into <c>T[]</c>.</summary>
    ReadOnlyCollectionInterface,

    /// <summary><c>IEnumerable&lt;T&gt;</c>: an array (counted or buffered on write), read into <c>T[]</c>.</summary>
    Enumerable,

    /// <summary><c>ImmutableArray&lt;T&gt;</c>: an array, nil for a default instance.</summary>
    ImmutableArray,

    /// <summary><c>HashSet&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c> or <c>IReadOnlySet&lt;T&gt;</c>: an array, read into a <c>HashSet&lt;T&gt;</c>.</summary>
    Set,

    /// <summary><c>Dictionary&lt;K,V&gt;</c>: a map.</summary>
    Dictionary,

    /// <summary><c>IDictionary&lt;K,V&gt;</c> or <c>IReadOnlyDictionary&lt;K,V&gt;</c>: a map, read into a <c>Dictionary&lt;K,V&gt;</c>.</summary>
    DictionaryInterface,

    /// <summary>A <c>[Message]</c> type of the same compilation: its generated formatter is called directly.</summary>
    Message,

    /// <summary>A <c>[Message]</c> type of a referenced assembly: its formatter is looked up in the registry.</summary>
    ExternalMessage,

    /// <summary>
    /// A type MessagePack-CSharp formats (<c>[MessagePackObject]</c>, <c>[MessagePackFormatter]</c>, <c>[Union]</c>, or a
    /// member marked <c>[UseMessagePackCSharp]</c>): one value written and read through the Messaging.MessagePackCSharp bridge.
    /// </summary>
    MessagePackCSharp,
}
