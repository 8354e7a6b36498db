using Messaging.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.ContractLock;

/// <summary>One message entry read from the lock file, with where it is, so a diagnostic about it can point there.</summary>
internal sealed class LockedMessage
{
    /// <summary>Creates an entry.</summary>
    public LockedMessage(ContractMessageSpec spec, TextSpan typeSpan)
    {
        Spec = spec;
        TypeSpan = typeSpan;
    }

    /// <summary>What the lock says about the message.</summary>
    public ContractMessageSpec Spec { get; }

    /// <summary>The span of the entry's <c>"type"</c> value in the lock text.</summary>
    public TextSpan TypeSpan { get; }
}
