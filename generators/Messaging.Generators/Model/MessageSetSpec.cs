using System;

namespace Messaging.Generators.Model;

/// <summary>
/// The messages of one assembly that get a formatter, by name, in ordinal order of their fully qualified names.
/// </summary>
/// <remarks>
/// Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and
/// value-equal. It holds names only, so editing a message's members leaves it unchanged and nothing that depends on
/// it (the other formatters, the registry) re-runs.
/// </remarks>
internal sealed record MessageSetSpec
{
    /// <summary>The messages, each valid on its own and referencing only other messages of the set.</summary>
    public required EquatableArray<RegistryEntrySpec> Messages { get; init; }

    /// <summary>Whether the message named <paramref name="fullyQualifiedName"/> is in the set.</summary>
    public bool Contains(string fullyQualifiedName)
    {
        // Ordinal order makes this a binary search; it runs once per message per change.
        var messages = Messages.AsSpan();
        int low = 0, high = messages.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = string.CompareOrdinal(messages[middle].MessageType, fullyQualifiedName);
            if (comparison == 0)
            {
                return true;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
