using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary><see cref="RabbitMqOptions.SetUri"/>: AMQP URIs, one node or several, from code and from configuration.</summary>
public sealed class RabbitMqUriTests
{
    [Fact]
    public void A_single_host_uri_sets_host_port_virtual_host_and_credentials()
    {
        var options = new RabbitMqOptions().SetUri("amqp://shop-app:s3cr%40t%3Ax@rabbit.internal:5673/shop");

        Assert.Equal(("rabbit.internal", 5673, "shop", "shop-app", "s3cr@t:x", false), (options.Host, options.EffectivePort, options.VirtualHost, options.UserName, options.Password, options.Tls.Enabled));
        Assert.Empty(options.Hosts);
    }

    [Fact]
    public void Several_hosts_separated_by_commas_become_the_cluster_nodes_in_order()
    {
        var options = new RabbitMqOptions().SetUri("amqp://app:pw@rabbit-1:5672,rabbit-2,[::1]:5674/%2F");

        Assert.Equal(["rabbit-1:5672", "rabbit-2:5672", "[::1]:5674"], options.Hosts);
        Assert.Equal("rabbit-1", options.Host);
        Assert.Equal("/", options.VirtualHost);
        Assert.Equal("amqp://app:***@rabbit-1:5672,rabbit-2:5672,[::1]:5674/", options.ToString());
    }

    [Theory]
    [InlineData("amqp://localhost", "/", 5672)]
    [InlineData("amqp://localhost/", "/", 5672)]
    [InlineData("AMQP://localhost/%2F", "/", 5672)]
    [InlineData("amqp://localhost/dev%2Fteam", "dev/team", 5672)]
    [InlineData("amqps://localhost/shop", "shop", 5671)]
    public void The_virtual_host_is_percent_decoded_and_defaults_to_slash_and_amqps_means_tls(string uri, string virtualHost, int port)
    {
        var options = new RabbitMqOptions().SetUri(uri);

        Assert.Equal((virtualHost, port, uri.StartsWith("amqps", StringComparison.Ordinal)), (options.VirtualHost, options.EffectivePort, options.Tls.Enabled));
        // No user in the URI: the options keep theirs.
        Assert.Equal(("guest", "guest"), (options.UserName, options.Password));
    }

    [Fact]
    public void What_to_string_writes_reads_back_with_the_password_in_place()
    {
        var original = new RabbitMqOptions { UserName = "app", Password = "pw", VirtualHost = "shop/eu", Hosts = ["a:5672", "b:5673"] };

        var read = new RabbitMqOptions().SetUri(original.ToString().Replace("***", "pw", StringComparison.Ordinal));

        Assert.Equal((original.UserName, original.Password, original.VirtualHost), (read.UserName, read.Password, read.VirtualHost));
        Assert.Equal(original.Hosts, read.Hosts);
    }

    [Theory]
    [InlineData("http://app:hunter2@rabbit/", "does not start with amqp:// or amqps://")]
    [InlineData("amqp://app:hunter2@rabbit/shop?heartbeat=10", "its query is not read")]
    [InlineData("amqp://app:hunter2@rabbit/shop/eu", "unencoded '/'")]
    [InlineData("amqp://app:hunter2@rabbit-1,,rabbit-2/", "a host in it has no name")]
    [InlineData("amqp://app:hunter2@rabbit:99999/", "has no valid port")]
    [InlineData("amqp://app:hunter2@:5672/", "a host in it has no name")]
    public void A_uri_that_cannot_be_read_fails_saying_why_without_the_password(string uri, string problem)
    {
        var error = Assert.Throws<FormatException>(() => new RabbitMqOptions().SetUri(uri));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_reads_the_uri_first_and_the_other_keys_override_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RabbitMq:Uri"] = "amqp://app:from-uri@rabbit-1,rabbit-2/shop",
            ["RabbitMq:Password"] = "from-key",
        }).Build();

        var options = RabbitMqConfiguration.Read(configuration.GetSection("RabbitMq"));

        Assert.Equal(["rabbit-1:5672", "rabbit-2:5672"], options.Hosts);
        Assert.Equal(("app", "from-key", "shop"), (options.UserName, options.Password, options.VirtualHost));
    }
}
