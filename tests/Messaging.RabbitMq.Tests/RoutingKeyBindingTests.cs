using System;
using System.Linq;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>[RoutingKey] messages on a topic exchange; handler bindings as broker bindings.</summary>
public sealed class RoutingKeyBindingTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Topic_bindings_deliver_only_matching_keys_to_each_queue_and_handler()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        RegionalInvoice[] invoices =
        [
            new("eu.west", 1), new("us.east", 2), new("ap.south.mumbai", 3), new("sa.north", 4), new("eu.north.oslo", 5), new("eu.north", 6),
        ];

        foreach (var invoice in invoices)
        {
            await bus.Bus.Publish(invoice);
        }

        // The last matching invoice of each handler arrives after the ones before it on the same queue.
        var europe = await probe.WaitAsync("europe", 2);
        await probe.WaitOneAsync("us-east");
        await probe.WaitOneAsync("asia-pacific");
        Assert.Equal([1, 6], europe.Select(c => ((RegionalInvoice)c.Message).Number).Order());
        Assert.Equal([2], probe.Calls("us-east").Select(c => ((RegionalInvoice)c.Message).Number));
        Assert.Equal([3], probe.Calls("asia-pacific").Select(c => ((RegionalInvoice)c.Message).Number));
        Assert.All(europe, c => Assert.StartsWith("eu.", c.RoutingKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_exchange_is_a_topic_exchange_and_a_queue_with_two_handlers_binds_both_patterns()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        var exchange = (await Broker.GetExchangeAsync(vhost.Name, "rmq.invoice"))!.Value;
        var bindings = (await Broker.GetBindingsFromAsync(vhost.Name, "rmq.invoice")).EnumerateArray()
            .Select(b => (Destination: b.GetProperty("destination").GetString(), Key: b.GetProperty("routing_key").GetString()))
            .OrderBy(b => b.Destination, StringComparer.Ordinal).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();

        Assert.Equal("topic", exchange.GetProperty("type").GetString());
        Assert.Equal([("rmq-europe", "eu.*"), ("rmq-regions", "ap.#"), ("rmq-regions", "us.east")], bindings);
    }

    [Fact]
    public async Task Published_message_carries_its_routing_key_value()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        await bus.Bus.Publish(new RegionalInvoice("us.east", 42));

        var call = await probe.WaitOneAsync("us-east", c => ((RegionalInvoice)c.Message).Number == 42);
        Assert.Equal("us.east", call.RoutingKey);
    }
}
