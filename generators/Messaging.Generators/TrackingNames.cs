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

    /// <summary>Which framework APIs the target offers the formatters (netstandard2.0 or .NET 8+).</summary>
    public const string TargetFacts = nameof(TargetFacts);

    /// <summary>Each formatter with the target facts.</summary>
    public const string FormatterTargets = nameof(FormatterTargets);

    /// <summary>The assembly name and the referenced assemblies' formatter registrations (<c>RegistryFactsSpec</c>).</summary>
    public const string AssemblyName = nameof(AssemblyName);

    /// <summary>The set paired with the assembly name.</summary>
    public const string RegistryInputs = nameof(RegistryInputs);

    /// <summary>The per-assembly registration list.</summary>
    public const string Registry = nameof(Registry);

    /// <summary>Each <c>[Handler]</c> method, classified into a spec or <see langword="null"/> when it is skipped.</summary>
    public const string HandlerMethods = nameof(HandlerMethods);

    /// <summary>All handler specs of the assembly (null for skipped methods), collected.</summary>
    public const string CollectedHandlers = nameof(CollectedHandlers);

    /// <summary>The compilation facts the handler pipeline needs (assembly name, whether registrations compile).</summary>
    public const string CompilationFacts = nameof(CompilationFacts);

    /// <summary>The collected handlers paired with the facts.</summary>
    public const string HandlerSetInputs = nameof(HandlerSetInputs);

    /// <summary>The names of the consumers that are emitted: unique class and hint names.</summary>
    public const string HandlerSet = nameof(HandlerSet);

    /// <summary>Each handler's spec paired with the set.</summary>
    public const string ConsumerInputs = nameof(ConsumerInputs);

    /// <summary>Each consumer's spec, or <see langword="null"/> when it is not in the set: what the consumer files are emitted from.</summary>
    public const string Consumers = nameof(Consumers);

    /// <summary>Each <c>[Message]</c> class's route, or <see langword="null"/> when it cannot have one.</summary>
    public const string MessageRoutes = nameof(MessageRoutes);

    /// <summary>All routes of the messages the assembly declares, collected.</summary>
    public const string CollectedMessageRoutes = nameof(CollectedMessageRoutes);

    /// <summary>
    /// Each <c>[Message]</c> type classified as <see cref="MessageTypes"/> does, for the handler pipeline: the
    /// generators cannot share steps, and the registration needs to know which messages get a formatter.
    /// </summary>
    public const string FormattedMessageTypes = nameof(FormattedMessageTypes);

    /// <summary>Those specs, collected.</summary>
    public const string CollectedFormattedMessages = nameof(CollectedFormattedMessages);

    /// <summary>The names of the messages that get a formatter, resolved as <see cref="MessageSet"/> is.</summary>
    public const string FormattedMessageSet = nameof(FormattedMessageSet);

    /// <summary>The collected handlers paired with the set.</summary>
    public const string RegistrationHandlers = nameof(RegistrationHandlers);

    /// <summary>That pair with the declared routes.</summary>
    public const string RegistrationRoutes = nameof(RegistrationRoutes);

    /// <summary>That pair with the messages that get a formatter.</summary>
    public const string RegistrationFormattedMessages = nameof(RegistrationFormattedMessages);

    /// <summary>Everything the registration file needs, paired with the facts.</summary>
    public const string RegistrationInputs = nameof(RegistrationInputs);

    /// <summary>The per-assembly registration of routes, handler classes and consumers.</summary>
    public const string Registration = nameof(Registration);

    /// <summary>Whether the build asked for the contract (<c>-p:UpdateMessagingContract=true</c>).</summary>
    public const string ContractUpdateRequested = nameof(ContractUpdateRequested);

    /// <summary>Each <c>[Message]</c> type as the contract lock records it, or <see langword="null"/> when it gets no formatter.</summary>
    public const string ContractMessages = nameof(ContractMessages);

    /// <summary>The assembly's contract when the build asked for it, otherwise <see langword="null"/>.</summary>
    public const string Contract = nameof(Contract);
}
