using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Messaging.Generators.Model;

namespace Messaging.Generators.Parser;

/// <summary>Decides which messages of one assembly get formatters, and turns that set into the registry.</summary>
internal static class MessageSetResolver
{
    /// <summary>
    /// Names the messages that get a formatter, in ordinal order: every supported spec except duplicates (a type
    /// marked twice, which does not compile anyway), messages whose formatter names collide (<c>A.B_C</c> and
    /// <c>A_B.C</c>, or <c>A.Order</c> and <c>A.ORDER</c>), and, transitively, messages that reference a message of the
    /// same assembly that is not in the set — so everything emitted compiles.
    /// </summary>
    public static MessageSetSpec Resolve(ImmutableArray<MessageSpec?> specs)
    {
        var typeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Ignoring case: Roslyn requires hint names ({DottedName}.Formatter.g.cs) to be unique ignoring case, and
        // AddSource throws on a clash, which would drop every formatter of the assembly.
        var formatterCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in specs)
        {
            if (spec is not null)
            {
                Increment(typeCounts, spec.Type.FullyQualifiedName);
                Increment(formatterCounts, spec.FormatterName);
            }
        }

        var candidates = new List<MessageSpec>(specs.Length);
        var valid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (spec is not null && typeCounts[spec.Type.FullyQualifiedName] == 1 && formatterCounts[spec.FormatterName] == 1)
            {
                candidates.Add(spec);
                valid.Add(spec.Type.FullyQualifiedName);
            }
        }

        // Drop messages with a missing dependency until nothing changes; each pass that continues removes one.
        bool changed;
        do
        {
            changed = false;
            foreach (var spec in candidates)
            {
                if (valid.Contains(spec.Type.FullyQualifiedName) && !AllValid(spec.MessageDependencies, valid))
                {
                    valid.Remove(spec.Type.FullyQualifiedName);
                    changed = true;
                }
            }
        }
        while (changed);

        var entries = new List<RegistryEntrySpec>(valid.Count);
        foreach (var spec in candidates)
        {
            if (valid.Contains(spec.Type.FullyQualifiedName))
            {
                entries.Add(new RegistryEntrySpec { MessageType = spec.Type.FullyQualifiedName, FormatterName = spec.FormatterName });
            }
        }

        entries.Sort(static (left, right) => string.CompareOrdinal(left.MessageType, right.MessageType));
        return new MessageSetSpec { Messages = new EquatableArray<RegistryEntrySpec>(entries.ToArray()) };
    }

    /// <summary>The spec when its message is in <paramref name="set"/>, otherwise <see langword="null"/> (no formatter is emitted).</summary>
    public static MessageSpec? Filter(MessageSpec? spec, MessageSetSpec set) =>
        spec is not null && set.Contains(spec.Type.FullyQualifiedName) ? spec : null;

    /// <summary>
    /// The registry for <paramref name="set"/>, or <see langword="null"/> when the assembly has no message and references
    /// no assembly with generated formatters (nothing is emitted then).
    /// </summary>
    public static RegistrySpec? CreateRegistry(MessageSetSpec set, RegistryFactsSpec facts) =>
        set.Messages.Count == 0 && facts.ReferencedRegistrations.Count == 0
            ? null
            : new RegistrySpec
            {
                AssemblyName = facts.AssemblyName.Length == 0 ? "Messages" : facts.AssemblyName,
                Entries = set.Messages,
                ReferencedRegistrations = facts.ReferencedRegistrations,
                NeedsModuleInitializerAttribute = facts.NeedsModuleInitializerAttribute,
            };

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;

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
