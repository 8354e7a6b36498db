namespace Messaging.Generators.Parser;

/// <summary>Why a <c>[Message]</c> type gets no formatter. Analyzers map each kind to a diagnostic.</summary>
internal enum UnsupportedReasonKind
{
    /// <summary>Not a class, record or struct (or a static class or ref struct).</summary>
    NotAClassOrStruct,

    /// <summary>Generic, or nested in a generic type.</summary>
    Generic,

    /// <summary>Abstract: there is nothing to construct.</summary>
    Abstract,

    /// <summary>Not accessible from generated code in the same assembly (private, nested in a private type, file-local).</summary>
    Inaccessible,

    /// <summary>No accessible constructor whose parameters all match serialized members, and no parameterless one.</summary>
    NoUsableConstructor,

    /// <summary>A serialized member's type has no wire mapping.</summary>
    UnsupportedMemberType,

    /// <summary>Some serialized members have <c>[WireKey]</c> and others do not.</summary>
    MixedKeys,

    /// <summary>Two serialized members have the same <c>[WireKey]</c> index.</summary>
    DuplicateKey,

    /// <summary>A <c>[WireKey]</c> index is negative or not a constant.</summary>
    InvalidKey,

    /// <summary>A <c>required</c> member cannot be set by generated code.</summary>
    RequiredMemberNotSerializable,
}
