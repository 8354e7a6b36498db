using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.ContractLock;

/// <summary>What <see cref="ContractLockReader"/> made of a lock file: its messages, or why it is not a valid lock.</summary>
internal sealed class ContractLockReadResult
{
    private ContractLockReadResult(IReadOnlyList<LockedMessage> messages, string? error, TextSpan errorSpan)
    {
        Messages = messages;
        Error = error;
        ErrorSpan = errorSpan;
    }

    /// <summary>The messages in file order; empty when <see cref="Error"/> is set.</summary>
    public IReadOnlyList<LockedMessage> Messages { get; }

    /// <summary>What is wrong with the file and how to fix it, or <see langword="null"/> when it is valid.</summary>
    public string? Error { get; }

    /// <summary>Where the problem is (a zero-length span at the offending character when there is no token to mark).</summary>
    public TextSpan ErrorSpan { get; }

    /// <summary>A valid lock.</summary>
    public static ContractLockReadResult Valid(IReadOnlyList<LockedMessage> messages) => new(messages, null, default);

    /// <summary>An invalid lock.</summary>
    public static ContractLockReadResult Invalid(string error, TextSpan span) => new([], error, span);
}
