using Messaging.Generators.Model;

namespace Messaging.Generators.Parser;

/// <summary>The outcome of classifying a <c>[Handler]</c> method: a spec, or the reasons there is none.</summary>
/// <remarks>Immutable and value-equal, like the specs.</remarks>
internal sealed record HandlerClassification
{
    /// <summary>The spec when the method gets a consumer; otherwise <see langword="null"/>.</summary>
    public HandlerSpec? Spec { get; init; }

    /// <summary>Why the method gets no consumer; empty when <see cref="Spec"/> is set.</summary>
    public EquatableArray<HandlerReason> Reasons { get; init; }
}
