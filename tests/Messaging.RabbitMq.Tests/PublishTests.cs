using System;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests;

public sealed class PublishTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Published_message_reaches_its_generated_handler_through_the_broker_as_msgpack()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var order = new OrderPlaced(Guid.NewGuid(), "alice", 129.90m);

        await bus.Bus.Publish(order);

        var call = await probe.WaitOneAsync("orders");
        Assert.Equal(order, call.Message);
        Assert.Equal("application/msgpack", call.ContentType);
        // The message exchange is the entity name, and the handler's queue is durable on the broker.
        var queue = await Broker.GetQueueAsync(vhost.Name, "rmq-orders");
        Assert.NotNull(queue);
        Assert.True(queue.Value.GetProperty("durable").GetBoolean());
        Assert.NotNull(await Broker.GetExchangeAsync(vhost.Name, "rmq.order-placed"));
    }
}
