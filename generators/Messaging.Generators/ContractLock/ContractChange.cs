using Microsoft.CodeAnalysis;

namespace Messaging.Generators.ContractLock;

/// <summary>One difference between the lock and the current messages, ready to become a diagnostic.</summary>
internal sealed class ContractChange
{
    /// <summary>Creates a change.</summary>
    public ContractChange(DiagnosticDescriptor descriptor, string messageType, string? memberName, LockedMessage? lockEntry, object[] arguments)
    {
        Descriptor = descriptor;
        MessageType = messageType;
        MemberName = memberName;
        LockEntry = lockEntry;
        Arguments = arguments;
    }

    /// <summary>The rule.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The dotted type name of the message concerned.</summary>
    public string MessageType { get; }

    /// <summary>The current member to report on, or <see langword="null"/> to report on the message (or the lock entry).</summary>
    public string? MemberName { get; }

    /// <summary>The lock entry to report on when the message no longer exists; otherwise <see langword="null"/>.</summary>
    public LockedMessage? LockEntry { get; }

    /// <summary>The message format's arguments.</summary>
    public object[] Arguments { get; }
}
