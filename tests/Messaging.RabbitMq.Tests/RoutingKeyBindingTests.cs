using System;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Serialization;
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
    public async Task Foreign_producers_publish_is_filtered_per_handler_by_the_exchange_its_delivery_names()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        // As a producer in another language publishes: a body, a content type and MT-MessageType, nothing that says
        // where it was sent. The delivery names the exchange, so on the queue both handlers share, each handler gets
        // only its own pattern's keys.
        foreach (var invoice in new RegionalInvoice[] { new("us.east", 21), new("ap.north", 22) })
        {
            await Broker.PublishRawAsync(vhost.Name, "rmq.invoice", invoice.Region, WireSerializer.Serialize(invoice), "application/msgpack",
                new System.Collections.Generic.Dictionary<string, string> { ["MT-MessageType"] = "urn:message:Messaging.RabbitMq.Tests.Contracts:RegionalInvoice" });
        }

        await probe.WaitOneAsync("us-east", c => ((RegionalInvoice)c.Message).Number == 21);
        await probe.WaitOneAsync("asia-pacific", c => ((RegionalInvoice)c.Message).Number == 22);
        await Task.Delay(500);
        Assert.Equal([21], probe.Calls("us-east").Select(c => ((RegionalInvoice)c.Message).Number));
        Assert.Equal([22], probe.Calls("asia-pacific").Select(c => ((RegionalInvoice)c.Message).Number));
    }

    [Fact]
    public async Task The_exchange_is_a_topic_exchange_and_a_queue_with_two_handlers_binds_both_patterns()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        var exchange = (await Broker.GetExchangeAsync(vhost.Name, "rmq.invoice"))!.Value;
        var bindings = (await Broker.GetBindingsFromAsync(vhost.Name, "rmq.invoice")).EnumerateArray()
            .Select(b => (Destination: b.GetProperty("destination").GetString(), Type: b.GetProperty("destination_type").GetString(), Key: b.GetProperty("routing_key").GetString()))
            .OrderBy(b => b.Destination, StringComparer.Ordinal).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();

        Assert.Equal("topic", exchange.GetProperty("type").GetString());
        // Straight to the queues, not through each queue's own exchange: the broker routes each message once.
        Assert.Equal([("rmq-europe", "queue", "eu.*"), ("rmq-regions", "queue", "ap.#"), ("rmq-regions", "queue", "us.east")], bindings);
        // The queue's own exchange stays bound to it, for what is sent to the queue by name.
        var own = (await Broker.GetBindingsFromAsync(vhost.Name, "rmq-regions")).EnumerateArray()
            .Select(b => (b.GetProperty("destination").GetString(), b.GetProperty("destination_type").GetString())).ToList();
        Assert.Equal([("rmq-regions", "queue")], own);
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

    [Fact]
    public async Task Direct_exchange_delivers_only_keys_equal_to_the_binding()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        PaymentSettled[] settlements = [new("gold.eu", 1), new("silver", 2), new("gold", 3), new("", 4), new("#", 5), new("gold", 6)];

        foreach (var settled in settlements)
        {
            await bus.Bus.Publish(settled);
        }

        var gold = await probe.WaitAsync("gold", 2);
        var untiered = await probe.WaitOneAsync("untiered");
        var exchange = (await Broker.GetExchangeAsync(vhost.Name, "rmq.payment-settled"))!.Value;
        Assert.Equal("direct", exchange.GetProperty("type").GetString());
        Assert.Equal([3, 6], gold.Select(c => ((PaymentSettled)c.Message).Number).Order());
        Assert.Equal(4, ((PaymentSettled)untiered.Message).Number);
        Assert.Single(probe.Calls("untiered"));
    }

    [Fact]
    public async Task Headers_exchange_delivers_by_header_matches_all_or_any()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        Alert[] alerts =
        [
            new("eu", Severity.Low, 1), new("us", Severity.High, 2), new("eu", Severity.High, 3), new("ap", Severity.Low, 4), new("sa", Severity.Low, 5),
            new("eu", Severity.High, 6),
        ];

        foreach (var alert in alerts)
        {
            await bus.Bus.Publish(alert);
        }

        var europe = await probe.WaitAsync("eu-urgent", 2);
        var watch = await probe.WaitAsync("watch", 4);
        var exchange = (await Broker.GetExchangeAsync(vhost.Name, "rmq.alert"))!.Value;
        Assert.Equal("headers", exchange.GetProperty("type").GetString());
        Assert.Equal([3, 6], europe.Select(c => ((Alert)c.Message).Number).Order());
        // any: region=ap or severity=High.
        Assert.Equal([2, 3, 4, 6], watch.Select(c => ((Alert)c.Message).Number).Order());
        Assert.Equal("eu", europe[0].Headers["region"]?.ToString());
        Assert.Equal("High", europe[0].Headers["severity"]?.ToString());
    }
}
