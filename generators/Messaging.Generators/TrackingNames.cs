namespace Messaging.Generators;

/// <summary>Names of the incremental pipeline steps, so tests can check what each step caches.</summary>
internal static class TrackingNames
{
    /// <summary>Each <c>[Message]</c> type, classified into a spec or <see langword="null"/> when unsupported.</summary>
    public const string MessageTypes = nameof(MessageTypes);

    /// <summary>All specs of the assembly (null for unsupported types), collected.</summary>
    public const string CollectedMessages = nameof(CollectedMessages);

    /// <summary>The names of the messages that get a formatter: unique, ordered, and only referencing other such messages.</summary>
    public const string MessageSet = nameof(MessageSet);

    /// <summary>Each message's spec paired with the set.</summary>
    public const string FormatterInputs = nameof(FormatterInputs);

    /// <summary>Each message's spec again, or <see langword="null"/> when it is not in the set: what the formatter files are emitted from.</summary>
    public const string Formatters = nameof(Formatters);

    /// <summary>The assembly name, the only fact the generator takes from the compilation itself.</summary>
    public const string AssemblyName = nameof(AssemblyName);

    /// <summary>The set paired with the assembly name.</summary>
    public const string RegistryInputs = nameof(RegistryInputs);

    /// <summary>The per-assembly registration list.</summary>
    public const string Registry = nameof(Registry);
}
