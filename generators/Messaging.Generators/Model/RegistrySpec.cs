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
}
