using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary><see cref="RabbitMqOptions.PublishTimeout"/> and <see cref="RabbitMqOptions.Hosts"/>, from code and from configuration.</summary>
public sealed class PublishTimeoutAndHostsOptionsTests
{
    [Fact]
    public void Configuration_reads_the_publish_timeout_and_the_cluster_nodes()
    {
        var options = Read(new()
        {
            ["RabbitMq:PublishTimeout"] = "00:01:30",
            ["RabbitMq:Hosts:0"] = "rabbit-1",
            ["RabbitMq:Hosts:1"] = "rabbit-2:5673",
            ["RabbitMq:Hosts:2"] = "[::1]:5674",
        });

        Assert.Equal(TimeSpan.FromSeconds(90), options.PublishTimeout);
        Assert.Equal(["rabbit-1", "rabbit-2:5673", "[::1]:5674"], options.Hosts);
        Assert.Equal([("rabbit-1", 5672), ("rabbit-2", 5673), ("::1", 5674)], options.Endpoints());
        Assert.Equal("amqp://guest:***@rabbit-1:5672,rabbit-2:5673,[::1]:5674/", options.ToString());
        options.Validate();
    }

    [Fact]
    public void Defaults_are_thirty_seconds_and_the_one_host()
    {
        var options = Read([]);

        Assert.Equal(TimeSpan.FromSeconds(30), options.PublishTimeout);
        Assert.Empty(options.Hosts);
        Assert.Equal([("localhost", 5672)], options.Endpoints());
        Assert.Equal(TimeSpan.FromSeconds(12.5), Read(new() { ["RabbitMq:PublishTimeout"] = "12.5" }).PublishTimeout);
    }

    [Fact]
    public void Bad_values_name_the_setting_and_what_to_write()
    {
        var format = Assert.Throws<FormatException>(() => Read(new() { ["RabbitMq:PublishTimeout"] = "soon" }));
        Assert.Contains("RabbitMq:PublishTimeout is 'soon', not a duration", format.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => new RabbitMqOptions { PublishTimeout = TimeSpan.FromSeconds(-1) }.Validate());
        Assert.Contains("PublishTimeout -00:00:01 is out of range", negative.Message, StringComparison.Ordinal);

        var port = Assert.Throws<ArgumentException>(() => new RabbitMqOptions { Hosts = ["rabbit-1:http"] }.Validate());
        Assert.Contains("Hosts entry 'rabbit-1:http' has no valid port", port.Message, StringComparison.Ordinal);

        var empty = Assert.Throws<ArgumentException>(() => new RabbitMqOptions { Hosts = ["rabbit-1", " "] }.Validate());
        Assert.Contains("Hosts has an empty entry", empty.Message, StringComparison.Ordinal);
    }

    private static RabbitMqOptions Read(Dictionary<string, string?> values) =>
        RabbitMqConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("RabbitMq"));
}
