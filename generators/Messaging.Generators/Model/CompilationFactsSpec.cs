namespace Messaging.Generators.Model;

/// <summary>The few facts about the compilation that the handler pipeline needs, so the compilation itself never flows.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record CompilationFactsSpec
{
    /// <summary>The assembly name (<c>Shop.Billing</c>).</summary>
    public required string AssemblyName { get; init; }

    /// <summary>
    /// Whether generated consumers and registrations can compile: the compilation references the Messaging runtime,
    /// MassTransit and the dependency-injection abstractions, and its language version has collection expressions.
    /// </summary>
    public required bool CanRegister { get; init; }
}
