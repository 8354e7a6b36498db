using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Serialization;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>[Handler(QuorumQueue)] and [Handler(MessageTimeToLiveMilliseconds)] on the broker.</summary>
public sealed class QueueTypeAndExpiryTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task QuorumQueue_declares_a_quorum_queue_that_handles_messages()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var posting = new LedgerPosting(Guid.NewGuid(), 12.5m);

        await bus.Bus.Publish(posting);

        Assert.Equal(posting, (await probe.WaitOneAsync("ledger")).Message);
        var queue = (await Broker.GetQueueAsync(vhost.Name, "rmq-ledger"))!.Value;
        Assert.Equal("quorum", queue.GetProperty("type").GetString());
        Assert.Equal("quorum", queue.GetProperty("arguments").GetProperty("x-queue-type").GetString());
        Assert.True(queue.GetProperty("durable").GetBoolean());
        // Its dead-letter queue is replicated too, so no node's loss keeps the endpoint from declaring its topology.
        var deadLetter = (await Broker.GetQueueAsync(vhost.Name, "rmq-ledger_dead-letter"))!.Value;
        Assert.Equal("quorum", deadLetter.GetProperty("type").GetString());
        // A classic queue's dead-letter queue stays classic.
        Assert.Equal("classic", (await Broker.GetQueueAsync(vhost.Name, "rmq-orders_dead-letter"))!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Message_not_consumed_within_its_time_to_live_is_dead_lettered_with_the_reason()
    {
        var probe = new HandlerProbe();
        // Start once so the topology exists, then stop: nobody consumes while the offer waits.
        await (await RabbitBus.StartAsync(vhost.Name, probe)).DisposeAsync();
        var queue = (await Broker.GetQueueAsync(vhost.Name, "rmq-offers"))!.Value;
        Assert.Equal(300, queue.GetProperty("arguments").GetProperty("x-message-ttl").GetInt32());
        var offer = new ExpiringOffer(Guid.NewGuid(), "two for one");

        await Broker.PublishRawAsync(vhost.Name, "rmq.expiring-offer", string.Empty, WireSerializer.Serialize(offer), "application/msgpack",
            new Dictionary<string, string> { ["MT-MessageType"] = "urn:message:Messaging.RabbitMq.Tests.Contracts:ExpiringOffer" });

        var dead = await Broker.TakeOneAsync(vhost.Name, "rmq-offers_dead-letter");
        Assert.Equal(offer, WireSerializer.Deserialize<ExpiringOffer>(dead.Body));
        var death = dead.HeaderElement("x-death")!.Value.EnumerateArray().First();
        Assert.Equal("expired", death.GetProperty("reason").GetString());
        Assert.Equal("rmq-offers", death.GetProperty("queue").GetString());

        // A bus started afterwards finds nothing to handle: the offer expired.
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await Task.Delay(500);
        Assert.Empty(probe.Calls("offers"));
    }
}
