namespace Messaging.Generators.Model;

/// <summary>The per-assembly registration file: which formatter serves which message.</summary>
/// <remarks>
/// Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and
/// value-equal. It holds names only, so editing a message's members does not re-emit the registry.
/// </remarks>
internal sealed record RegistrySpec
{
    /// <summary>The assembly name, the stem of the hint name.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>One entry per message, in ordinal order.</summary>
    public required EquatableArray<RegistryEntrySpec> Entries { get; init; }

    /// <summary>The public registration classes of referenced assemblies, which the module initializer calls first.</summary>
    public required EquatableArray<string> ReferencedRegistrations { get; init; }

    /// <summary>Whether to declare an internal <c>ModuleInitializerAttribute</c> (netstandard2.0).</summary>
    public required bool NeedsModuleInitializerAttribute { get; init; }

    /// <summary>The public registration class of this assembly (<c>Shop_Contracts_WireFormatters</c>), declared when it has messages.</summary>
    public string RegistrationClass => TypeNames.RegistrationClass(AssemblyName);
}
