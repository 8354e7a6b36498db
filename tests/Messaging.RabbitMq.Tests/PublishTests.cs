using System;
using System.Linq;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests;

public sealed class PublishTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Published_message_reaches_its_generated_handler_through_a_fanout_exchange_named_after_the_entity()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var order = new OrderPlaced(Guid.NewGuid(), "alice", 129.90m);

        await bus.Bus.Publish(order);

        var call = await probe.WaitOneAsync("orders");
        Assert.Equal(order, call.Message);
        Assert.Equal("application/msgpack", call.ContentType);
        Assert.Equal("urn:message:Messaging.RabbitMq.Tests.Contracts:OrderPlaced", call.Headers["MT-MessageType"]?.ToString());
        var exchange = await Broker.GetExchangeAsync(vhost.Name, "rmq.order-placed");
        Assert.Equal("fanout", exchange!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_queue_also_bound_through_its_own_exchange_as_earlier_versions_bound_it_gets_each_message_once()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        // What a broker set up by an earlier version still has: message exchange -> queue's exchange -> queue.
        await Broker.BindExchangeAsync(vhost.Name, "rmq.order-placed", "rmq-orders");
        var orders = Enumerable.Range(0, 20).Select(i => new OrderPlaced(Guid.NewGuid(), $"upgrade-{i}", i)).ToList();

        foreach (var order in orders)
        {
            await bus.Bus.Publish(order);
        }

        await probe.WaitAsync("orders", orders.Count);
        await Task.Delay(1000);
        Assert.Equal(orders.Select(o => o.OrderId).Order(), probe.Calls("orders").Select(c => ((OrderPlaced)c.Message).OrderId).Order());
    }

    [Fact]
    public async Task Handler_queue_is_durable_classic_with_a_dead_letter_exchange_and_the_handlers_prefetch()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        var queue = (await Broker.GetQueueAsync(vhost.Name, "rmq-orders"))!.Value;
        // The management API refreshes consumer details every few seconds.
        for (var i = 0; i < 100 && queue.GetProperty("consumer_details").GetArrayLength() == 0; i++)
        {
            await Task.Delay(200);
            queue = (await Broker.GetQueueAsync(vhost.Name, "rmq-orders"))!.Value;
        }

        Assert.True(queue.GetProperty("durable").GetBoolean());
        Assert.False(queue.GetProperty("auto_delete").GetBoolean());
        Assert.Equal("classic", queue.GetProperty("type").GetString());
        Assert.Equal("rmq-orders_dead-letter", queue.GetProperty("arguments").GetProperty("x-dead-letter-exchange").GetString());
        Assert.NotNull(await Broker.GetQueueAsync(vhost.Name, "rmq-orders_dead-letter"));
        // [Handler(PrefetchCount = 7)]: the consumer's basic.qos.
        var consumers = queue.GetProperty("consumer_details").EnumerateArray().ToList();
        Assert.NotEmpty(consumers);
        Assert.All(consumers, c => Assert.Equal(7, c.GetProperty("prefetch_count").GetInt32()));
    }
}
