using System;
using System.Collections.Generic;

namespace Messaging;

/// <summary>
/// A queue's binding to a direct or topic exchange: decides, as the broker would, whether a message with a given
/// routing key reaches the queue.
/// </summary>
/// <remarks>
/// Topic patterns follow AMQP 0-9-1 as RabbitMQ implements it: the pattern and the key are split into words on
/// <c>'.'</c> (an empty string is zero words; <c>"a."</c> is the two words <c>a</c> and the empty word), <c>*</c>
/// matches exactly one word, <c>#</c> matches zero or more words, and any other word matches itself (ordinal,
/// case-sensitive). Direct bindings match a key equal to the pattern. Fanout exchanges ignore bindings. Headers
/// bindings are <c>name=value</c> pairs separated by commas, all of which must match (<c>region=eu, tier=gold</c>), or
/// any one of them with an <c>any:</c> prefix; no pairs match every message. They are matched against the routing
/// headers encoded by <c>RoutingHeaders.Encode</c>.
/// </remarks>
internal sealed class RoutingKeyBinding
{
    private readonly string[] _words;

    public RoutingKeyBinding(ExchangeKind kind, string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Kind = kind;
        Pattern = pattern;
        _words = pattern.Length == 0 ? [] : pattern.Split('.');
        if (kind == ExchangeKind.Headers)
        {
            (HeadersMatchAll, Headers) = ParseHeaders(pattern);
        }
    }

    /// <summary>For a headers binding: whether every pair must match (<c>x-match: all</c>) rather than any.</summary>
    public bool HeadersMatchAll { get; } = true;

    /// <summary>For a headers binding: the header values it matches.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = [];

    public ExchangeKind Kind { get; }

    public string Pattern { get; }

    /// <summary>Whether a message with <paramref name="routingKey"/> (null is the empty key) reaches the queue.</summary>
    public bool Matches(string? routingKey) => Kind switch
    {
        ExchangeKind.Topic => MatchesTopic(_words, routingKey ?? string.Empty),
        ExchangeKind.Direct => string.Equals(Pattern, routingKey ?? string.Empty, StringComparison.Ordinal),
        ExchangeKind.Headers => MatchesHeaders(routingKey ?? string.Empty),
        _ => true,
    };

    /// <summary>Matches a topic pattern against a routing key.</summary>
    public static bool IsTopicMatch(string pattern, string routingKey)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(routingKey);
        return MatchesTopic(pattern.Length == 0 ? [] : pattern.Split('.'), routingKey);
    }

    private static (bool All, KeyValuePair<string, string>[] Pairs) ParseHeaders(string pattern)
    {
        var all = true;
        var text = pattern.Trim();
        if (text.StartsWith("any:", StringComparison.OrdinalIgnoreCase))
        {
            all = false;
            text = text[4..];
        }
        else if (text.StartsWith("all:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? part[..equals].Trim() : string.Empty;
            if (name.Length == 0 || name.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"The headers binding \"{pattern}\" has \"{part}\", which is not name=value: write it as \"region=eu, tier=gold\" (all must match) or \"any: region=eu, tier=gold\" (names must not start with x-).",
                    nameof(pattern));
            }

            pairs.Add(new KeyValuePair<string, string>(name, part[(equals + 1)..].Trim()));
        }

        return (all, [.. pairs]);
    }

    // The encoded headers are "name=value" lines (RoutingHeaders.Encode).
    private bool MatchesHeaders(string encoded)
    {
        if (Headers.Count == 0)
        {
            return true;
        }

        var lines = encoded.Split('\n');
        foreach (var pair in Headers)
        {
            var found = false;
            foreach (var line in lines)
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && line.AsSpan(0, equals).SequenceEqual(pair.Key) && line.AsSpan(equals + 1).SequenceEqual(pair.Value))
                {
                    found = true;
                    break;
                }
            }

            if (found != HeadersMatchAll)
            {
                // all: one pair missing fails; any: one pair found succeeds.
                return found;
            }
        }

        return HeadersMatchAll;
    }

    // Wildcard matching over words with backtracking to the last '#' only (the classic linear-space glob
    // algorithm): '#' first matches nothing and, on a later mismatch, absorbs one more word. No recursion, so a
    // hostile key or pattern costs at most O(words in key × words in pattern). The key is walked by offsets, so
    // matching allocates nothing.
    private static bool MatchesTopic(string[] pattern, string key)
    {
        // A key position is the offset where its next word starts; past the end means no words remain. The empty
        // key has no words at all, hence the start offset of 1.
        var position = key.Length == 0 ? 1 : 0;
        var index = 0;
        var hashIndex = -1;
        var hashPosition = 0;

        while (position <= key.Length)
        {
            var end = key.IndexOf('.', position);
            if (end < 0)
            {
                end = key.Length;
            }

            if (index < pattern.Length)
            {
                var word = pattern[index];
                if (word == "#")
                {
                    hashIndex = index++;
                    hashPosition = position;
                    continue;
                }

                if (word == "*" || key.AsSpan(position, end - position).SequenceEqual(word))
                {
                    index++;
                    position = end + 1;
                    continue;
                }
            }

            if (hashIndex < 0)
            {
                return false;
            }

            // Let the last '#' absorb one more word and retry the rest of the pattern after it.
            var absorbedEnd = key.IndexOf('.', hashPosition);
            hashPosition = absorbedEnd < 0 ? key.Length + 1 : absorbedEnd + 1;
            position = hashPosition;
            index = hashIndex + 1;
        }

        while (index < pattern.Length && pattern[index] == "#")
        {
            index++;
        }

        return index == pattern.Length;
    }
}
