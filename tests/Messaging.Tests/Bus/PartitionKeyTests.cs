using System;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Handlers;
using Messaging.Tests.Bus.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MassTransit;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class PartitionKeyTests
{
    private static readonly string[] s_customers = ["alice", "bob", "carol", "dave"];

    [Fact]
    public async Task Messages_with_the_same_partition_key_are_processed_in_order_one_at_a_time_while_keys_run_concurrently()
    {
        const int perCustomer = 25;
        await using var bus = await TestBus.StartAsync();
        var probe = bus.Services.GetRequiredService<PartitionProbe>();
        probe.Expected = perCustomer * s_customers.Length;

        for (var sequence = 0; sequence < perCustomer; sequence++)
        {
            foreach (var customer in s_customers)
            {
                await bus.Bus.Publish(new CustomerActivity(customer, sequence));
            }
        }

        await probe.AllDone.WaitAsync(Observations.Timeout);
        foreach (var customer in s_customers)
        {
            Assert.Equal(Enumerable.Range(0, perCustomer), probe.StartOrder[customer]);
        }

        Assert.Equal(1, probe.MaxSameKeyInFlight);
        Assert.True(probe.MaxKeysInFlight >= 2, $"keys never overlapped (max {probe.MaxKeysInFlight} in flight)");
    }

    [Fact]
    public async Task Partitioned_queue_has_a_dispatcher_and_one_partition_queue_per_concurrent_message()
    {
        await using var bus = await TestBus.StartAsync(endpointStart: InMemoryEndpointStart.WithBus);

        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);

        Assert.Equal(1, endpoints["customers"].ConcurrentMessageLimit);
        for (var partition = 0; partition < 8; partition++)
        {
            Assert.Equal(1, endpoints[$"customers.partition-{partition}"].ConcurrentMessageLimit);
        }

        Assert.False(endpoints.ContainsKey("customers.partition-8"));
        // Only the dispatcher's queue is bound to the message's exchange; partitions get what it forwards.
        Assert.Equal(["customers"], BusProbe.ExchangeSinks(bus.Bus, "Messaging.Tests.Bus.Contracts:CustomerActivity"));
    }

    [Fact]
    public async Task Message_forwarded_to_its_partition_keeps_its_ids_and_content_type()
    {
        await using var bus = await TestBus.StartAsync();
        bus.Services.GetRequiredService<PartitionProbe>().GatedKey = "nobody";
        var messageId = MassTransit.NewId.NextGuid();
        var correlationId = Guid.NewGuid();

        await bus.Bus.Publish(new CustomerActivity("erin", 0), context =>
        {
            context.MessageId = messageId;
            context.CorrelationId = correlationId;
        });

        var seen = await bus.Observations.WaitOneAsync("customers");
        Assert.Equal(messageId, seen.MessageId);
        Assert.Equal(correlationId, seen.CorrelationId);
        Assert.Equal("application/msgpack", seen.ContentType);
        Assert.NotNull(seen.SentTime);
    }

    [Fact]
    public async Task Partitioned_queue_drops_messages_its_binding_rejects_before_they_reach_a_partition()
    {
        var skipped = new QueueCapture("zone-a_skipped");
        await using var bus = await TestBus.StartAsync(skipped.Configure);

        string[] zones = ["a.north", "b.north", "a", "a.south", "b.south", "a.east"];
        for (var i = 0; i < zones.Length; i++)
        {
            await bus.Bus.Publish(new SensorReading(zones[i], "device-" + (i % 3), i));
        }

        // The dispatcher forwards in order, so once the last reading is handled every earlier one was dispatched.
        await bus.Observations.WaitOneAsync("zone-a", o => ((SensorReading)o.Message).Sequence == 5);
        var handled = bus.Observations.Snapshot().Where(o => o.Handler == "zone-a").Select(o => ((SensorReading)o.Message).Sequence).Order();
        Assert.Equal([0, 3, 5], handled);
        Assert.Empty(await skipped.DrainAsync(bus.Bus));
    }
}
