using System;
using System.Collections.Generic;
using Messaging.Generators.Diagnostics;
using Messaging.Generators.Model;
using Messaging.Generators.Parser;

namespace Messaging.Generators.ContractLock;

/// <summary>
/// Compares the lock with the current messages and lists every change: breaking ones (a removed message or field,
/// a reused or moved index, a changed wire type or entity name) and compatible ones (a new message, field or entity
/// name) that only make the lock out of date.
/// </summary>
/// <remarks>
/// Messages are matched by dotted type name, fields by name first (so a move is a move, not a removal plus an
/// addition) and then by index. A message that is declared but gets no formatter is skipped: the message rules
/// report why, and calling it removed would send the user after the wrong problem.
/// </remarks>
internal static class ContractComparer
{
    /// <summary>
    /// The changes from <paramref name="locked"/> to <paramref name="current"/>: every <c>[Message]</c> type the
    /// compilation declares, by dotted name, with its contract or <see langword="null"/> when it gets no formatter.
    /// Lock entries come first in lock order, then new messages in ordinal order.
    /// </summary>
    public static List<ContractChange> Compare(IReadOnlyList<LockedMessage> locked, IReadOnlyDictionary<string, ContractMessageSpec?> current)
    {
        var changes = new List<ContractChange>();
        var lockedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in locked)
        {
            var before = entry.Spec;
            lockedTypes.Add(before.Type);
            if (!current.TryGetValue(before.Type, out var now))
            {
                changes.Add(new ContractChange(DiagnosticDescriptors.LockedMessageRemoved, before.Type, null, entry, [before.Type, DescribeEntity(before.Entity)]));
                continue;
            }

            if (now is not null)
            {
                CompareMessage(before, now, changes);
            }
        }

        var added = new List<string>();
        foreach (var pair in current)
        {
            if (pair.Value is not null && !lockedTypes.Contains(pair.Key))
            {
                added.Add(pair.Key);
            }
        }

        added.Sort(StringComparer.Ordinal);
        foreach (var type in added)
        {
            var message = current[type]!;
            changes.Add(OutOfDate(type, null, $"'{type}' is a new message ({DescribeEntity(message.Entity)})"));
        }

        return changes;
    }

    private static void CompareMessage(ContractMessageSpec before, ContractMessageSpec now, List<ContractChange> changes)
    {
        var type = before.Type;
        if (before.Entity is not null && now.Entity is not null && !string.Equals(before.Entity, now.Entity, StringComparison.Ordinal))
        {
            changes.Add(new ContractChange(DiagnosticDescriptors.LockedEntityRenamed, type, null, null, [type, before.Entity, now.Entity]));
        }
        else if (before.Entity is null && now.Entity is not null)
        {
            changes.Add(OutOfDate(type, null, $"'{type}' now has entity '{now.Entity}'"));
        }

        CompareExchange(before, now, changes);

        // A locked entity that is gone now (the type can no longer be routed) is reported as an exchange change above.
        var beforeByName = Index(before.Fields, static f => f.Name);
        var nowByName = Index(now.Fields, static f => f.Name);
        var nowByIndex = new Dictionary<int, ContractFieldSpec>();
        foreach (var field in now.Fields)
        {
            nowByIndex[field.Index] = field;
        }

        var beforeByIndex = new Dictionary<int, ContractFieldSpec>();
        foreach (var old in before.Fields)
        {
            beforeByIndex[old.Index] = old;
            if (nowByName.TryGetValue(old.Name, out var same))
            {
                if (same.Index != old.Index)
                {
                    changes.Add(new ContractChange(DiagnosticDescriptors.LockedFieldMoved, type, same.Name, null, [type, old.Name, old.Index, same.Index]));
                }

                if (!string.Equals(same.Wire, old.Wire, StringComparison.Ordinal))
                {
                    changes.Add(new ContractChange(DiagnosticDescriptors.LockedFieldWireTypeChanged, type, same.Name, null, [type, same.Index, same.Name, old.Wire, same.Wire]));
                }

                continue;
            }

            // The name is gone. A field the lock has never seen at its index reads as a reuse (or a rename); anything
            // else, including another locked field moved there (reported as a move), leaves this one removed.
            if (nowByIndex.TryGetValue(old.Index, out var occupant) && !beforeByName.ContainsKey(occupant.Name))
            {
                changes.Add(Reused(type, old, occupant));
            }
            else
            {
                changes.Add(new ContractChange(DiagnosticDescriptors.LockedFieldRemoved, type, null, null, [type, old.Index, old.Name, old.Wire]));
            }
        }

        foreach (var field in now.Fields)
        {
            if (beforeByName.ContainsKey(field.Name))
            {
                continue;
            }

            if (beforeByIndex.TryGetValue(field.Index, out var old))
            {
                // Reported above when the old occupant's name is gone; here when it moved elsewhere.
                if (nowByName.ContainsKey(old.Name))
                {
                    changes.Add(Reused(type, old, field));
                }

                continue;
            }

            changes.Add(OutOfDate(type, field.Name, $"'{type}' has a new field {field.Index} '{field.Name}' ({field.Wire})"));
        }
    }

    // The exchange a deployed broker holds for the message: RabbitMQ refuses to redeclare it with another type, and a
    // message that loses its route leaves its exchange to peers that still publish to it. A lock written before the
    // kind was recorded has none: unknown, so the lock is only out of date (the next update records it).
    private static void CompareExchange(ContractMessageSpec before, ContractMessageSpec now, List<ContractChange> changes)
    {
        var type = before.Type;
        if (now.Exchange is null || string.Equals(before.Exchange, now.Exchange, StringComparison.Ordinal))
        {
            return;
        }

        if (before.Exchange is null)
        {
            changes.Add(OutOfDate(type, null, $"the lock does not record the exchange kind of '{type}' yet (it is {now.Exchange})"));
            return;
        }

        var entity = before.Entity ?? now.Entity ?? type;
        string what;
        if (now.Exchange == ContractParser.NoExchange)
        {
            what = $"no longer has a route, so nothing here declares, binds or consumes its {before.Exchange} exchange '{entity}' any more while peers still publish to it";
        }
        else if (before.Exchange == ContractParser.NoExchange)
        {
            // A new route: nothing was deployed for it, so nothing refuses it.
            changes.Add(OutOfDate(type, null, $"'{type}' now has a {now.Exchange} exchange '{entity}'"));
            return;
        }
        else
        {
            what = $"now needs a {now.Exchange} exchange '{entity}' where brokers hold a {before.Exchange} one: RabbitMQ refuses to redeclare it (PRECONDITION_FAILED - inequivalent arg 'type'), so this version fails at start-up against a broker the old one ran on";
        }

        changes.Add(new ContractChange(DiagnosticDescriptors.LockedExchangeKindChanged, type, null, null, [type, what, before.Exchange, now.Exchange, entity]));
    }

    private static ContractChange Reused(string type, ContractFieldSpec old, ContractFieldSpec now) =>
        new(DiagnosticDescriptors.LockedIndexReused, type, now.Name, null, [type, old.Index, old.Name, old.Wire, now.Name, now.Wire]);

    private static ContractChange OutOfDate(string type, string? member, string what) =>
        new(DiagnosticDescriptors.ContractLockOutOfDate, type, member, null, [what]);

    private static string DescribeEntity(string? entity) => entity is null ? "no entity" : $"entity '{entity}'";

    private static Dictionary<string, ContractFieldSpec> Index(EquatableArray<ContractFieldSpec> fields, Func<ContractFieldSpec, string> key)
    {
        var index = new Dictionary<string, ContractFieldSpec>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            index[key(field)] = field;
        }

        return index;
    }
}
