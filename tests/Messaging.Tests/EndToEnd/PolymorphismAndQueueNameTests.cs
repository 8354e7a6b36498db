using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>
/// Declarations the analyzers accept must work: a handler of a base [Message] receives the derived [Message] records
/// published (as MassTransit delivers a type to the consumers of its base types), and a queue named with non-ASCII
/// letters receives what is published and sent to it.
/// </summary>
public sealed class PolymorphismAndQueueNameTests
{
    [Theory]
    [InlineData(InMemoryEndpointStart.OnFirstMessage)]
    [InlineData(InMemoryEndpointStart.WithBus)]
    public async Task Handler_of_a_base_message_receives_a_published_derived_message_as_the_derived_type(InMemoryEndpointStart start)
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: start);
        var express = new ExpressShipment(Guid.NewGuid(), "Porto", 4);

        await bus.Bus.Publish(express);

        var call = await bus.Probe.WaitOneAsync("shipments");
        Assert.Equal(express, Assert.IsType<ExpressShipment>(call.Message));
        var derived = await bus.Probe.WaitOneAsync("express-shipments");
        Assert.Equal(express, derived.Message);
    }

    [Fact]
    public async Task Handler_of_a_base_message_receives_the_base_message_and_the_derived_handler_does_not()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var plain = new Shipment(Guid.NewGuid(), "Braga");

        await bus.Bus.Publish(plain);

        var call = await bus.Probe.WaitOneAsync("shipments");
        Assert.Equal(plain, call.Message);
        await Task.Delay(200);
        Assert.Empty(bus.Probe.Calls("express-shipments"));
    }

    [Theory]
    [InlineData(InMemoryEndpointStart.OnFirstMessage)]
    [InlineData(InMemoryEndpointStart.WithBus)]
    public async Task Queue_with_non_ASCII_letters_receives_published_messages(InMemoryEndpointStart start)
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: start);
        var published = new Bestellung(Guid.NewGuid());
        await bus.Bus.Publish(published);
        var call = await bus.Probe.WaitOneAsync("bestellungen");
        Assert.Equal(published, call.Message);
    }

    [Theory]
    [InlineData(InMemoryEndpointStart.OnFirstMessage)]
    [InlineData(InMemoryEndpointStart.WithBus)]
    public async Task Queue_with_non_ASCII_letters_receives_published_and_sent_messages(InMemoryEndpointStart start)
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: start);
        var published = new Bestellung(Guid.NewGuid());
        var sent = new Bestellung(Guid.NewGuid());

        await bus.Bus.Publish(published);
        await bus.Bus.Send(sent);

        var calls = await bus.Probe.WaitAsync("bestellungen", 2);
        Assert.Contains(calls, c => Equals(c.Message, published));
        Assert.Contains(calls, c => Equals(c.Message, sent));
    }

    [Theory]
    [InlineData(InMemoryEndpointStart.OnFirstMessage)]
    [InlineData(InMemoryEndpointStart.WithBus)]
    public async Task Partitioned_queue_with_non_ASCII_letters_handles_each_key_in_order(InMemoryEndpointStart start)
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: start);
        for (var i = 0; i < 6; i++)
        {
            await bus.Bus.Publish(new Buchung(i % 2 == 0 ? "konto-ä" : "konto-ö", i));
        }

        var calls = await bus.Probe.WaitAsync("buchungen", 6);
        Assert.Equal([0, 2, 4], calls.Select(c => (Buchung)c.Message).Where(b => b.Konto == "konto-ä").Select(b => b.Nummer));
        Assert.Equal([1, 3, 5], calls.Select(c => (Buchung)c.Message).Where(b => b.Konto == "konto-ö").Select(b => b.Nummer));
    }

    [Fact]
    public async Task Queue_with_non_ASCII_letters_that_starts_on_its_first_message_is_started_by_a_send()
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: InMemoryEndpointStart.OnFirstMessage);
        var sent = new Bestellung(Guid.NewGuid());

        await bus.Bus.Send(sent);

        var call = await bus.Probe.WaitOneAsync("bestellungen");
        Assert.Equal(sent, call.Message);
    }
}
