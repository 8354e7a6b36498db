using System;
using Xunit;

namespace Messaging.Tests.Bus;

/// <summary>Headers bindings as the in-memory transport matches them (RabbitMQ's x-match all / any).</summary>
public sealed class HeadersBindingTests
{
    [Theory]
    [InlineData("region=eu", "region=eu\nseverity=High", true)]
    [InlineData("region=eu", "region=us\nseverity=High", false)]
    [InlineData("region=eu, severity=High", "region=eu\nseverity=High", true)]
    [InlineData("region=eu, severity=High", "region=eu\nseverity=Low", false)]
    [InlineData("all: region=eu, severity=High", "region=eu\nseverity=Low", false)]
    [InlineData("any: region=eu, severity=High", "region=us\nseverity=High", true)]
    [InlineData("any: region=eu, severity=High", "region=us\nseverity=Low", false)]
    [InlineData("", "region=us\nseverity=Low", true)]
    [InlineData("region=", "region=\nseverity=Low", true)]
    [InlineData("region=eu", "regional=eu", false)]
    public void Binding_matches_the_headers_as_RabbitMQ_does(string pattern, string headers, bool expected) =>
        Assert.Equal(expected, new RoutingKeyBinding(ExchangeKind.Headers, pattern).Matches(headers));

    [Fact]
    public void Any_prefix_and_pairs_become_the_binding_arguments()
    {
        var binding = new RoutingKeyBinding(ExchangeKind.Headers, " any: region = eu , severity=High ");

        Assert.False(binding.HeadersMatchAll);
        Assert.Equal([new("region", "eu"), new("severity", "High")], binding.Headers);
    }

    [Theory]
    [InlineData("eu.*")]
    [InlineData("x-match=any")]
    [InlineData("=eu")]
    public void Pattern_that_is_not_name_value_pairs_fails_with_how_to_write_it(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => new RoutingKeyBinding(ExchangeKind.Headers, pattern));

        Assert.Contains("region=eu, tier=gold", error.Message, StringComparison.Ordinal);
    }
}
