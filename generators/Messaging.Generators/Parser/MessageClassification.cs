using Messaging.Generators.Model;

namespace Messaging.Generators.Parser;

/// <summary>The outcome of classifying a <c>[Message]</c> type: a spec, or the reasons there is none.</summary>
/// <remarks>Immutable and value-equal, like the specs.</remarks>
internal sealed record MessageClassification
{
    /// <summary>The spec when the type is supported; otherwise <see langword="null"/>.</summary>
    public MessageSpec? Spec { get; init; }

    /// <summary>Why the type is not supported; empty when <see cref="Spec"/> is set.</summary>
    public EquatableArray<UnsupportedReason> Reasons { get; init; }

    /// <summary>Whether a formatter can be generated for the type on its own (other messages it references may still be unsupported).</summary>
    public bool IsSupported => Spec is not null;
}
