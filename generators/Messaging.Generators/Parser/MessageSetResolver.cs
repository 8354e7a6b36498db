using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Messaging.Generators.Model;

namespace Messaging.Generators.Parser;

/// <summary>Turns the specs of one assembly into the set that gets formatters, and that set into the registry.</summary>
internal static class MessageSetResolver
{
    /// <summary>
    /// Orders the specs ordinally by type name and drops duplicates (partial declarations), messages whose formatter
    /// names collide (<c>A.B_C</c> and <c>A_B.C</c>), and, transitively, messages that reference a dropped or
    /// unsupported message of the same assembly — so everything emitted compiles.
    /// </summary>
    public static MessageSetSpec Resolve(ImmutableArray<MessageSpec?> specs)
    {
        var sorted = new List<MessageSpec>(specs.Length);
        foreach (var spec in specs)
        {
            if (spec is not null)
            {
                sorted.Add(spec);
            }
        }

        sorted.Sort(static (left, right) => string.CompareOrdinal(left.Type.FullyQualifiedName, right.Type.FullyQualifiedName));

        var byType = new Dictionary<string, MessageSpec>(StringComparer.Ordinal);
        var formatterOwners = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<MessageSpec>(sorted.Count);
        foreach (var spec in sorted)
        {
            if (byType.ContainsKey(spec.Type.FullyQualifiedName))
            {
                continue;
            }

            byType.Add(spec.Type.FullyQualifiedName, spec);
            formatterOwners[spec.FormatterName] = formatterOwners.TryGetValue(spec.FormatterName, out var owners) ? owners + 1 : 1;
            unique.Add(spec);
        }

        var valid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in unique)
        {
            if (formatterOwners[spec.FormatterName] == 1)
            {
                valid.Add(spec.Type.FullyQualifiedName);
            }
        }

        // Drop messages with a missing dependency until nothing changes; each pass removes at least one.
        bool changed;
        do
        {
            changed = false;
            foreach (var spec in unique)
            {
                if (valid.Contains(spec.Type.FullyQualifiedName) && !AllValid(spec.MessageDependencies, valid))
                {
                    valid.Remove(spec.Type.FullyQualifiedName);
                    changed = true;
                }
            }
        }
        while (changed);

        var messages = new List<MessageSpec>(valid.Count);
        foreach (var spec in unique)
        {
            if (valid.Contains(spec.Type.FullyQualifiedName))
            {
                messages.Add(spec);
            }
        }

        return new MessageSetSpec { Messages = new EquatableArray<MessageSpec>(messages.ToArray()) };
    }

    /// <summary>The registry for <paramref name="set"/>, or <see langword="null"/> when it is empty (nothing is emitted then).</summary>
    public static RegistrySpec? CreateRegistry(MessageSetSpec set, string assemblyName)
    {
        if (set.Messages.Count == 0)
        {
            return null;
        }

        var entries = new RegistryEntrySpec[set.Messages.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var message = set.Messages[i];
            entries[i] = new RegistryEntrySpec { MessageType = message.Type.FullyQualifiedName, FormatterName = message.FormatterName };
        }

        return new RegistrySpec
        {
            AssemblyName = assemblyName.Length == 0 ? "Messages" : assemblyName,
            Entries = new EquatableArray<RegistryEntrySpec>(entries),
        };
    }

    private static bool AllValid(EquatableArray<string> dependencies, HashSet<string> valid)
    {
        foreach (var dependency in dependencies)
        {
            if (!valid.Contains(dependency))
            {
                return false;
            }
        }

        return true;
    }
}
