namespace Messaging.Generators.Model;

/// <summary>The facts about the compilation the per-assembly registry needs, so the compilation itself never flows.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record RegistryFactsSpec
{
    /// <summary>The assembly name (<c>Shop.Contracts</c>), the stem of the hint name and of the public registration class.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>
    /// The public registration classes of referenced assemblies with generated formatters (fully qualified, ordinal
    /// order), found through their <c>[assembly: WireFormattersRegistration(typeof(...))]</c>: this assembly's module
    /// initializer calls each, so a contracts assembly's formatters are registered before this assembly runs any code.
    /// </summary>
    public required EquatableArray<string> ReferencedRegistrations { get; init; }

    /// <summary>Whether the registry must declare its own <c>ModuleInitializerAttribute</c> (netstandard2.0).</summary>
    public required bool NeedsModuleInitializerAttribute { get; init; }
}
