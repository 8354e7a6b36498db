namespace Messaging.Generators.Model;

/// <summary>The consumers of one assembly that are emitted, by name, in ordinal order.</summary>
/// <remarks>
/// Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and
/// value-equal. It holds names only, so changing a handler's settings or body leaves it unchanged and the other
/// consumers are not re-emitted.
/// </remarks>
internal sealed record HandlerSetSpec
{
    /// <summary>The generated consumer class names.</summary>
    public required EquatableArray<string> ConsumerNames { get; init; }

    /// <summary>Whether the consumer named <paramref name="consumerName"/> is emitted.</summary>
    public bool Contains(string consumerName)
    {
        var names = ConsumerNames.AsSpan();
        int low = 0, high = names.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = string.CompareOrdinal(names[middle], consumerName);
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
