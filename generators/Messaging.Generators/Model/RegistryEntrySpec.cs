namespace Messaging.Generators.Model;

/// <summary>One message in the registry.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record RegistryEntrySpec
{
    /// <summary>The message type, fully qualified.</summary>
    public required string MessageType { get; init; }

    /// <summary>The generated formatter class.</summary>
    public required string FormatterName { get; init; }
}
