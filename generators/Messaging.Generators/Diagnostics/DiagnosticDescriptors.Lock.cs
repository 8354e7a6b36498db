using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Diagnostics;

/// <summary>The contract lock's rules, MSG0500–MSG0599 (docs/diagnostics.md and docs/guides/contract-lock.md).</summary>
internal static partial class DiagnosticDescriptors
{
    private const string ContractLockCategory = "Messaging.ContractLock";
    private const string UpdateCommand = "dotnet build -p:UpdateMessagingContract=true";

    /// <summary>MSG0500: the lock file cannot be read; nothing is compared until it is fixed.</summary>
    public static readonly DiagnosticDescriptor InvalidContractLock = Create(
        "MSG0500",
        "The contract lock file is not valid",
        "The contract lock '{0}' is not valid: {1}",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "The contract lock is a JSON file in the exact shape the update command writes. A file that cannot be read protects nothing, so it is an error rather than being ignored. Fix the reported spot, or delete the file and write it again with '" + UpdateCommand + "'.");

    /// <summary>MSG0501: a message recorded in the lock is no longer declared.</summary>
    public static readonly DiagnosticDescriptor LockedMessageRemoved = Create(
        "MSG0501",
        "A message in the contract lock was removed",
        "Message '{0}' ({1}) was removed but is in the contract lock: peers that still send or consume it will fail. Restore it, or update the lock if the break is intended.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "Peers keep publishing and binding a message after this service stops declaring it: its messages end in _skipped or _error queues. Keep the [Message] type (renaming the C# type counts as removing it, because the message type URN peers send changes with it), or update the lock with '" + UpdateCommand + "' once every peer has moved on.");

    /// <summary>MSG0502: a field recorded in the lock is no longer serialized.</summary>
    public static readonly DiagnosticDescriptor LockedFieldRemoved = Create(
        "MSG0502",
        "A field in the contract lock was removed",
        "'{0}': field {1} '{2}' ({3}) was removed but is in the contract lock: peers still send it and older readers expect it. Keep the member, or update the lock if the break is intended.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "Older consumers read the missing field as null or zero, and a later field added at the same index would be read as this one. Keep the member (mark it [Obsolete] if it is no longer used), or update the lock with '" + UpdateCommand + "' once every peer has moved on.");

    /// <summary>MSG0503: an index recorded in the lock now holds another field.</summary>
    public static readonly DiagnosticDescriptor LockedIndexReused = Create(
        "MSG0503",
        "An index in the contract lock now holds another field",
        "'{0}': index {1} was '{2}' ({3}) in the contract lock and is now '{4}' ({5}): peers read one as the other. Give '{4}' a new index, or update the lock if this is a rename of the same field.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "A MessagePack array carries values by position, not by name: a peer built against the lock reads the new field as the old one. Put the new field at an index the lock has never used, or, if the field was only renamed, update the lock with '" + UpdateCommand + "'.");

    /// <summary>MSG0504: a field recorded in the lock moved to another index.</summary>
    public static readonly DiagnosticDescriptor LockedFieldMoved = Create(
        "MSG0504",
        "A field in the contract lock moved to another index",
        "'{0}': field '{1}' moved from index {2} to index {3}: peers still read it at index {2}. Restore the member order or pin the indices with [WireKey], or update the lock if the break is intended.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "Without [WireKey], fields are numbered in declaration order, so reordering members or positional parameters (or inserting one before others) moves them on the wire. Restore the order, or give every member an explicit [WireKey] that keeps the locked indices.");

    /// <summary>MSG0505: a field recorded in the lock travels as another wire type.</summary>
    public static readonly DiagnosticDescriptor LockedFieldWireTypeChanged = Create(
        "MSG0505",
        "A field in the contract lock changed its wire type",
        "'{0}': field {1} '{2}' changed wire type from {3} to {4}: peers write and read it the old way. Restore the type or add a new field at a new index, or update the lock if the break is intended.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "Peers encode the field the way the lock records it; a reader expecting another wire type fails the message and sends it to the _error queue. Types that travel the same way (List<T> and T[], DateTime and DateTimeOffset, an enum and its underlying integer) are not changes.");

    /// <summary>MSG0506: a message's entity (exchange / topic) name differs from the lock's.</summary>
    public static readonly DiagnosticDescriptor LockedEntityRenamed = Create(
        "MSG0506",
        "A message's entity name differs from the contract lock",
        "'{0}': entity name changed from '{1}' to '{2}': peers still publish to and bind '{1}'. Restore it with [Message(\"{1}\")], or update the lock if the break is intended.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "The entity name is the exchange or topic a message is published to. After a rename, producers that use the old name publish where nobody listens, and consumers bound to the old name receive nothing new.");

    /// <summary>MSG0508: the kind of exchange a message is published to (or whether it has one) differs from the lock's.</summary>
    public static readonly DiagnosticDescriptor LockedExchangeKindChanged = Create(
        "MSG0508",
        "A message's exchange kind differs from the contract lock",
        "'{0}' {1}. To migrate, publish it under a new entity name ([Message(\"new-name\")]) so a {3} exchange is declared beside the old {2} one, move every consumer and producer over, then delete '{4}'; or delete '{4}' on every broker before deploying. Then update the lock.",
        ContractLockCategory,
        DiagnosticSeverity.Error,
        "A deployed broker holds each message's exchange with its type: fanout without a routing key, topic (or direct, with DirectExchange) with [RoutingKey], headers with [RoutingHeader]. Adding or removing those changes the type, and RabbitMQ refuses to redeclare an exchange with another type (PRECONDITION_FAILED - inequivalent arg 'type'); a message that loses its route leaves peers publishing to an exchange nobody here consumes. A lock written before it recorded exchange kinds is not compared: the update command adds them.");

    /// <summary>MSG0507: the contract grew in a compatible way and the lock does not record it yet.</summary>
    /// <remarks>
    /// Info, not a warning: adding a field or a message is allowed, and a warning would fail every build that treats
    /// warnings as errors until the lock is updated. CI keeps the lock current by running the update command and
    /// failing on a diff (docs/guides/contract-lock.md); raise the severity in .editorconfig to enforce it in the build.
    /// </remarks>
    public static readonly DiagnosticDescriptor ContractLockOutOfDate = Create(
        "MSG0507",
        "The contract lock is out of date",
        "The contract lock is out of date: {0}. Update it with '" + UpdateCommand + "'.",
        ContractLockCategory,
        DiagnosticSeverity.Info,
        "A new message, a new field at an index the lock has never used, or a new entity name is a compatible change. Until the lock records it, removing or changing it again is not caught, so update the lock and commit it with the change.");
}
