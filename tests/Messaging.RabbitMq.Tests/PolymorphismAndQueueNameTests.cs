using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// On a real broker: a handler of a base [Message] receives the derived [Message] published (through MassTransit's
/// exchange-to-exchange binding of the derived exchange to the base one), as the derived type; a queue named with
/// non-ASCII letters receives what is published and sent to it.
/// </summary>
public sealed class PolymorphismAndQueueNameTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Handler_of_a_base_message_receives_a_published_derived_message_as_the_derived_type()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var express = new ExpressShipment(Guid.NewGuid(), "Porto", 4);
        var plain = new Shipment(Guid.NewGuid(), "Braga");

        await bus.Bus.Publish(express);
        await bus.Bus.Publish(plain);

        var calls = await probe.WaitAsync("shipments", 2);
        Assert.Equal(express, Assert.IsType<ExpressShipment>(calls.Single(c => ((Shipment)c.Message).ShipmentId == express.ShipmentId).Message));
        Assert.Equal(plain, calls.Single(c => ((Shipment)c.Message).ShipmentId == plain.ShipmentId).Message);
        var derived = await probe.WaitOneAsync("express-shipments");
        Assert.Equal(express, derived.Message);
        // Nothing skipped: the derived message names its base type too, so the base queue's consumer takes it.
        await Task.Delay(300);
        Assert.Single(probe.Calls("express-shipments"));
        Assert.Equal(0, (await Broker.GetQueueAsync(vhost.Name, "rmq-shipments_skipped"))?.GetProperty("messages").GetInt32() ?? 0);
    }

    [Fact]
    public async Task Handler_of_a_base_message_receives_a_derived_message_from_IMessagePublisher()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var express = new ExpressShipment(Guid.NewGuid(), "Faro", 2);

        // The publisher declares the derived exchange and binds it to the base one, as a bus publish does.
        await publisher.PublishAsync(express);

        var call = await probe.WaitOneAsync("shipments", c => ((Shipment)c.Message).ShipmentId == express.ShipmentId);
        Assert.Equal(express, Assert.IsType<ExpressShipment>(call.Message));
        await probe.WaitOneAsync("express-shipments", c => ((Shipment)c.Message).ShipmentId == express.ShipmentId);
        var bindings = (await Broker.GetBindingsFromAsync(vhost.Name, "rmq.express-shipment")).EnumerateArray()
            .Select(b => (b.GetProperty("destination").GetString(), b.GetProperty("destination_type").GetString())).ToList();
        Assert.Contains(("rmq.shipment", "exchange"), bindings);
    }

    [Fact]
    public async Task Queue_with_non_ASCII_letters_receives_published_and_sent_messages()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var published = new Bestellung(Guid.NewGuid());
        var sent = new Bestellung(Guid.NewGuid());

        await bus.Bus.Publish(published);
        await bus.Bus.Send(sent);

        var calls = await probe.WaitAsync("bestellungen", 2);
        Assert.Contains(calls, c => Equals(c.Message, published));
        Assert.Contains(calls, c => Equals(c.Message, sent));
    }
}
