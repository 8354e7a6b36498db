namespace Messaging.Generators.Parser;

/// <summary>One reason a <c>[Handler]</c> method gets no consumer, naming the parameter when a parameter is at fault.</summary>
/// <remarks>Immutable and value-equal, like the specs, so analyzers and caches can compare results.</remarks>
internal sealed record HandlerReason
{
    /// <summary>What is wrong.</summary>
    public required HandlerReasonKind Kind { get; init; }

    /// <summary>The parameter at fault, or <see langword="null"/> when the method itself is.</summary>
    public string? ParameterName { get; init; }

    /// <summary>For a name at fault, what is wrong with it (without the name), for the diagnostic's message.</summary>
    public string? Problem { get; init; }

    /// <summary>A human-readable explanation.</summary>
    public required string Detail { get; init; }
}
