namespace Messaging.Generators.Model;

/// <summary>The wire contract of one assembly: every message that gets a formatter, in ordinal order of <see cref="ContractMessageSpec.Type"/>.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record ContractSpec
{
    /// <summary>The version of the lock format this contract is written in.</summary>
    public const int FormatVersion = 1;

    /// <summary>The messages, sorted.</summary>
    public required EquatableArray<ContractMessageSpec> Messages { get; init; }
}
