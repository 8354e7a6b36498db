namespace Messaging.Generators;

/// <summary>Metadata names the parser matches, and fully qualified names the emitter writes.</summary>
/// <remarks>
/// The generator does not reference Messaging.Abstractions or the runtime: attributes are matched by metadata name
/// and runtime types are written as <c>global::</c>-qualified text.
/// </remarks>
internal static class TypeNames
{
    // Attributes, as metadata names.
    public const string MessageAttribute = "Messaging.MessageAttribute";
    public const string KeyAttribute = "Messaging.KeyAttribute";
    public const string SetsRequiredMembersAttribute = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";

    // Namespaces and metadata names of the framework types with a dedicated wire mapping.
    public const string SystemNamespace = "System";
    public const string CollectionsGenericNamespace = "System.Collections.Generic";
    public const string CollectionsImmutableNamespace = "System.Collections.Immutable";
    public const string Guid = "Guid";
    public const string DateTimeOffset = "DateTimeOffset";
    public const string TimeSpan = "TimeSpan";
    public const string ReadOnlyMemory = "ReadOnlyMemory`1";
    public const string Memory = "Memory`1";
    public const string List = "List`1";
    public const string Dictionary = "Dictionary`2";
    public const string IDictionary = "IDictionary`2";
    public const string IReadOnlyDictionary = "IReadOnlyDictionary`2";
    public const string ImmutableArray = "ImmutableArray`1";

    // Runtime and framework types, as the emitter writes them.
    public const string MessagePackWriter = "global::Messaging.Serialization.MessagePackWriter";
    public const string MessagePackReader = "global::Messaging.Serialization.MessagePackReader";
    public const string MessagePackFormatterInterface = "global::Messaging.Serialization.IMessagePackFormatter";
    public const string MessagePackFormatters = "global::Messaging.Serialization.MessagePackFormatters";
    public const string MessagePackSerializationException = "global::Messaging.Serialization.MessagePackSerializationException";
    public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string ModuleInitializerAttribute = "global::System.Runtime.CompilerServices.ModuleInitializer";
    public const string CollectionsMarshal = "global::System.Runtime.InteropServices.CollectionsMarshal";
    public const string ImmutableCollectionsMarshal = "global::System.Runtime.InteropServices.ImmutableCollectionsMarshal";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string GenericList = "global::System.Collections.Generic.List";
    public const string GenericDictionary = "global::System.Collections.Generic.Dictionary";
    public const string GenericIEnumerable = "global::System.Collections.Generic.IEnumerable";
    public const string GenericICollection = "global::System.Collections.Generic.ICollection";
    public const string GenericIReadOnlyCollection = "global::System.Collections.Generic.IReadOnlyCollection";

    // What the generator emits, which other code relies on.
    public const string GeneratedNamespace = "Messaging.Generated";
    public const string RegistryClass = "GeneratedMessagePackFormatters";
    public const string GeneratorName = "Messaging.Generators";
}
