using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;
using Xunit;

namespace Messaging.Tests.Bus;

/// <summary>
/// <see cref="InMemoryEndpointStart.OnFirstMessage"/>, the in-memory default: a queue's endpoints start with the first
/// message that can reach it, and that message and every later one are handled.
/// </summary>
public sealed class OnDemandEndpointTests
{
    [Fact]
    public async Task No_handler_endpoint_runs_before_a_message_needs_one()
    {
        await using var bus = await TestBus.StartAsync();

        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);

        Assert.DoesNotContain("orders", endpoints.Keys);
        Assert.DoesNotContain("ticks", endpoints.Keys);
        Assert.DoesNotContain("customers", endpoints.Keys);
    }

    [Fact]
    public async Task First_publish_starts_exactly_the_queues_consuming_the_type_with_their_settings()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Publish(new Tick(1));

        // No waiting: the queue is connected before the publish returns.
        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);
        Assert.Equal(new EndpointSettings("ticks", 20, 3), endpoints["ticks"]);
        Assert.DoesNotContain("orders", endpoints.Keys);
        Assert.DoesNotContain("customers", endpoints.Keys);
    }

    [Fact]
    public async Task First_published_message_and_the_next_ones_are_handled()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Publish(new Measurement(1, "first"));
        await bus.Bus.Publish(new Measurement(2, "second"));

        var handled = await bus.Observations.WaitAsync("measurements", 2);
        Assert.Equal([1, 2], handled.Select(o => ((Measurement)o.Message).Sensor).Order());
    }

    [Fact]
    public async Task First_publish_of_a_type_consumed_by_several_queues_starts_each_and_applies_their_bindings()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Publish(new RegionalOrder("eu.priority", 1));
        await bus.Bus.Publish(new RegionalOrder("us", 2));

        // all-orders takes both; eu-orders (eu.*) and priority-orders (#.priority) take the first only.
        var all = await bus.Observations.WaitAsync("all-orders", 2);
        Assert.Equal([1, 2], all.Select(o => ((RegionalOrder)o.Message).Number).Order());
        Assert.Equal(1, ((RegionalOrder)(await bus.Observations.WaitOneAsync("eu-orders")).Message).Number);
        Assert.Equal(1, ((RegionalOrder)(await bus.Observations.WaitOneAsync("priority-orders")).Message).Number);
        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);
        Assert.Contains("eu-orders", endpoints.Keys);
        Assert.Contains("priority-orders", endpoints.Keys);
        Assert.Contains("all-orders", endpoints.Keys);
    }

    [Fact]
    public async Task First_publish_to_a_partitioned_queue_starts_its_dispatcher_and_every_partition()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Publish(new CustomerActivity("ann", 0));

        await bus.Observations.WaitOneAsync("customers");
        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);
        Assert.Equal(1, endpoints["customers"].ConcurrentMessageLimit);
        for (var partition = 0; partition < 8; partition++)
        {
            Assert.Equal(1, endpoints[$"customers.partition-{partition}"].ConcurrentMessageLimit);
        }

        Assert.Equal(["customers"], BusProbe.ExchangeSinks(bus.Bus, "Messaging.Tests.Bus.Contracts:CustomerActivity"));
    }

    [Fact]
    public async Task Message_sent_to_a_queue_address_starts_that_queue()
    {
        await using var bus = await TestBus.StartAsync();

        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("queue:measurements"));
        await endpoint.Send(new Measurement(7, "sent"));

        var observation = await bus.Observations.WaitOneAsync("measurements");
        Assert.Equal(new Measurement(7, "sent"), observation.Message);
    }

    [Fact]
    public async Task Command_sent_without_an_address_starts_its_queue()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Send(new CustomerActivity("bob", 0));

        var observation = await bus.Observations.WaitOneAsync("customers");
        Assert.Equal(new CustomerActivity("bob", 0), observation.Message);
    }

    [Fact]
    public async Task Concurrent_first_messages_are_all_handled_and_the_queue_starts_once()
    {
        const int messages = 200;
        await using var bus = await TestBus.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, messages).Select(i => Task.Run(() => bus.Bus.Publish(new Measurement(i, "concurrent")))));

        var handled = await bus.Observations.WaitAsync("measurements", messages);
        Assert.Equal(Enumerable.Range(0, messages), handled.Select(o => ((Measurement)o.Message).Sensor).Order());
        Assert.Single(BusProbe.ReceiveEndpoints(bus.Bus).Keys, name => name == "measurements");
    }

    [Fact]
    public async Task With_bus_start_every_handler_endpoint_runs_before_any_message()
    {
        await using var bus = await TestBus.StartAsync(endpointStart: InMemoryEndpointStart.WithBus);

        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);

        Assert.Contains("orders", endpoints.Keys);
        Assert.Contains("ticks", endpoints.Keys);
        Assert.Contains("customers.partition-7", endpoints.Keys);
    }
}
