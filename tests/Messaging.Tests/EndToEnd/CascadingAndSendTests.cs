using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>Messages that handlers cause: returned and published, or sent without an address.</summary>
public sealed class CascadingAndSendTests
{
    [Fact]
    public async Task Static_handler_returning_a_message_publishes_it_to_a_second_handler_in_the_same_conversation()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var parcelId = Guid.NewGuid();
        var conversationId = NewId.NextGuid();

        await bus.Bus.Publish(new ShipParcel(parcelId, "Lisbon"), context =>
        {
            context.ConversationId = conversationId;
            context.CorrelationId = parcelId;
        });

        var call = await bus.Probe.WaitOneAsync("shipping-notifications");
        Assert.Equal(new ParcelShipped(parcelId, "Lisbon", "Pigeon Post"), call.Message);
        Assert.Equal("application/msgpack", call.Delivery!.ContentType);
        // Published from the consume context: same conversation, initiated by the consumed message's correlation id.
        Assert.Equal(conversationId, call.Delivery.ConversationId);
        Assert.Equal(parcelId, call.Delivery.InitiatorId);
        Assert.EndsWith("/e2e-shipping", call.Delivery.Headers[MessageHeaders.SourceAddress]?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_sent_without_an_address_reaches_the_one_queue_that_handles_it()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var command = new DispatchParcel(Guid.NewGuid(), "by-convention");

        await bus.Bus.Send(command);

        var call = await bus.Probe.WaitOneAsync("dispatch");
        Assert.Equal(command, call.Message);
        Assert.Equal("application/msgpack", call.Delivery!.ContentType);
        // The generated route names e2e-dispatch as the command's send queue, mapped in MassTransit's convention.
        Assert.True(EndpointConvention.TryGetDestinationAddress<DispatchParcel>(out var address));
        Assert.Equal(new Uri("queue:e2e-dispatch"), address);
    }

    [Fact]
    public async Task Command_sent_to_the_queue_exchange_address_reaches_the_queue_in_memory_as_on_RabbitMQ()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var command = new DispatchParcel(Guid.NewGuid(), "by-exchange-address");

        // exchange:{queue} is the address MSG0211 and the RabbitMQ guide give: it must work on every transport, also
        // for a queue whose endpoint starts on its first message.
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("exchange:e2e-dispatch"));
        await endpoint.Send(command);

        var call = await bus.Probe.WaitOneAsync("dispatch", c => Equals(c.Message, command));
        Assert.Equal(command, call.Message);
    }

    [Fact]
    public async Task Handler_sends_commands_without_an_address_from_its_consume_context()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var parcelId = Guid.NewGuid();

        await bus.Bus.Publish(new PackParcel(parcelId, ["fragile", "this side up"]));

        var calls = await bus.Probe.WaitAsync("dispatch", 2);
        Assert.Equal(["fragile", "this side up"], calls.Select(c => ((DispatchParcel)c.Message).Label).Order(StringComparer.Ordinal));
        Assert.All(calls, c => Assert.Equal(parcelId, ((DispatchParcel)c.Message).ParcelId));
        Assert.All(calls, c => Assert.Equal("application/msgpack", c.Delivery!.ContentType));
    }
}
