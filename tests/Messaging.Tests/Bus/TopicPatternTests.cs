using System;
using System.Linq;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class TopicPatternTests
{
    [Theory]
    // RabbitMQ's tutorial bindings.
    [InlineData("*.orange.*", "quick.orange.rabbit", true)]
    [InlineData("*.orange.*", "lazy.orange.elephant", true)]
    [InlineData("*.orange.*", "quick.orange.fox", true)]
    [InlineData("*.orange.*", "lazy.brown.fox", false)]
    [InlineData("*.orange.*", "orange", false)]
    [InlineData("*.orange.*", "quick.orange.male.rabbit", false)]
    [InlineData("*.*.rabbit", "quick.orange.rabbit", true)]
    [InlineData("*.*.rabbit", "lazy.pink.rabbit", true)]
    [InlineData("*.*.rabbit", "quick.brown.fox", false)]
    [InlineData("lazy.#", "lazy.orange.elephant", true)]
    [InlineData("lazy.#", "lazy.orange.male.rabbit", true)]
    [InlineData("lazy.#", "lazy", true)]
    [InlineData("lazy.#", "lazyx", false)]
    [InlineData("lazy.#", "quick.brown.fox", false)]
    // '*' is exactly one word.
    [InlineData("*", "eu", true)]
    [InlineData("*", "eu.west", false)]
    [InlineData("*", "", false)]
    [InlineData("eu.*", "eu.west", true)]
    [InlineData("eu.*", "eu", false)]
    [InlineData("eu.*", "eu.west.1", false)]
    [InlineData("*.*", "a.b", true)]
    [InlineData("*.*", "a", false)]
    // '#' is zero or more words, anywhere in the pattern.
    [InlineData("#", "", true)]
    [InlineData("#", "a", true)]
    [InlineData("#", "a.b.c", true)]
    [InlineData("#.urgent", "urgent", true)]
    [InlineData("#.urgent", "eu.west.urgent", true)]
    [InlineData("#.urgent", "eu.urgent.later", false)]
    [InlineData("a.#.b", "a.b", true)]
    [InlineData("a.#.b", "a.x.b", true)]
    [InlineData("a.#.b", "a.x.y.z.b", true)]
    [InlineData("a.#.b", "a.b.c", false)]
    [InlineData("a.#.b", "a.b.x.b", true)]
    [InlineData("#.#", "", true)]
    [InlineData("#.#", "a.b", true)]
    [InlineData("#.*", "", false)]
    [InlineData("#.*", "a", true)]
    [InlineData("#.*.#", "a.b.c", true)]
    [InlineData("*.#", "a", true)]
    [InlineData("*.#", "", false)]
    [InlineData("#.b.#.d", "a.b.c.d", true)]
    [InlineData("#.b.#.d", "b.d", true)]
    [InlineData("#.b.#.d", "a.c.d", false)]
    [InlineData("#.b.#.d", "b.d.e", false)]
    // Literal words match themselves only: ordinal, case-sensitive, no partial words.
    [InlineData("eu.west", "eu.west", true)]
    [InlineData("eu.west", "EU.west", false)]
    [InlineData("eu.west", "eu.westerly", false)]
    [InlineData("eu.west", "eu", false)]
    // Empty keys and empty words, split as RabbitMQ splits them: "" is no words, "a." is "a" and "".
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("a", "", false)]
    [InlineData("a.*", "a.", true)]
    [InlineData("a.", "a.", true)]
    [InlineData("a.", "a", false)]
    [InlineData("*.a", ".a", true)]
    [InlineData("*", ".", false)]
    [InlineData("*.*", ".", true)]
    [InlineData("#", ".", true)]
    [InlineData("a..b", "a..b", true)]
    [InlineData("a.*.b", "a..b", true)]
    [InlineData("a.#.b", "a..b", true)]
    public void Topic_pattern_matches_like_an_AMQP_topic_exchange(string pattern, string routingKey, bool expected)
    {
        Assert.Equal(expected, RoutingKeyBinding.IsTopicMatch(pattern, routingKey));
        Assert.Equal(expected, new RoutingKeyBinding(ExchangeKind.Topic, pattern).Matches(routingKey));
    }

    [Fact]
    public void Topic_matcher_agrees_with_a_reference_implementation_on_random_patterns_and_keys()
    {
        var random = new Random(20250131);
        string[] words = ["a", "b", "", "*", "#"];
        string[] keyWords = ["a", "b", ""];
        for (var i = 0; i < 20_000; i++)
        {
            var pattern = string.Join('.', Enumerable.Range(0, random.Next(0, 6)).Select(_ => words[random.Next(words.Length)]));
            var key = string.Join('.', Enumerable.Range(0, random.Next(0, 6)).Select(_ => keyWords[random.Next(keyWords.Length)]));

            Assert.True(
                Reference(pattern, key) == RoutingKeyBinding.IsTopicMatch(pattern, key),
                $"pattern '{pattern}' against key '{key}': expected {Reference(pattern, key)}");
        }
    }

    [Fact]
    public void Hostile_pattern_with_many_hashes_is_matched_without_blowing_up()
    {
        var pattern = string.Join('.', Enumerable.Repeat("#", 200)) + ".z";
        var key = string.Join('.', Enumerable.Repeat("a", 5_000));

        Assert.False(RoutingKeyBinding.IsTopicMatch(pattern, key));
        Assert.True(RoutingKeyBinding.IsTopicMatch(pattern, key + ".z"));
    }

    [Theory]
    [InlineData("express", "express", true)]
    [InlineData("express", "Express", false)]
    [InlineData("express", "express.eu", false)]
    [InlineData("eu.*", "eu.west", false)]
    [InlineData("", "", true)]
    [InlineData("", null, true)]
    public void Direct_binding_matches_the_exact_key_only(string pattern, string? routingKey, bool expected) =>
        Assert.Equal(expected, new RoutingKeyBinding(ExchangeKind.Direct, pattern).Matches(routingKey));

    [Fact]
    public void Fanout_ignores_the_binding() =>
        Assert.True(new RoutingKeyBinding(ExchangeKind.Fanout, "eu.*").Matches("us.east"));

    [Fact]
    public void Null_routing_key_is_the_empty_key() =>
        Assert.True(new RoutingKeyBinding(ExchangeKind.Topic, "#").Matches(null));

    // A direct transcription of the definition, exponential in the worst case: words split as RabbitMQ splits them,
    // '#' tries every number of words, '*' takes exactly one.
    private static bool Reference(string pattern, string key) =>
        Match(pattern.Length == 0 ? [] : pattern.Split('.'), 0, key.Length == 0 ? [] : key.Split('.'), 0);

    private static bool Match(string[] pattern, int p, string[] key, int k)
    {
        if (p == pattern.Length)
        {
            return k == key.Length;
        }

        if (pattern[p] == "#")
        {
            for (var taken = k; taken <= key.Length; taken++)
            {
                if (Match(pattern, p + 1, key, taken))
                {
                    return true;
                }
            }

            return false;
        }

        return k < key.Length && (pattern[p] == "*" || pattern[p] == key[k]) && Match(pattern, p + 1, key, k + 1);
    }
}
