using System;
using System.Linq;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;
using Messaging.Serialization;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Transport;
using Xunit;

namespace Messaging.Tests.Bus;

/// <summary>
/// A derived [Message] lists its registered base types in MT-MessageType; a receiver reads it as the most derived type
/// it knows, and one that knows only the base reads the base's fields from the derived bytes.
/// </summary>
public sealed class PolymorphicSerializerTests
{
    private const string ShipmentUrn = "urn:message:Messaging.Tests.EndToEnd.Contracts:Shipment";
    private const string ExpressUrn = "urn:message:Messaging.Tests.EndToEnd.Contracts:ExpressShipment";

    private static MessagePackMessageSerializer Serializer(bool withDerived) => new(
        new MessageCodecTable(withDerived
            ? [new MessageCodec<Shipment>(ShipmentUrn, WireFormatters.Get<Shipment>()), new MessageCodec<ExpressShipment>(ExpressUrn, WireFormatters.Get<ExpressShipment>())]
            : [new MessageCodec<Shipment>(ShipmentUrn, WireFormatters.Get<Shipment>())]),
        MessagePackMessageSerializer.MessagePackContentType);

    [Fact]
    public void Derived_message_lists_its_registered_base_type_after_its_own_urn_and_a_base_message_only_its_own()
    {
        var serializer = Serializer(withDerived: true);
        var express = new MessageSendContext<ExpressShipment>(new ExpressShipment(Guid.NewGuid(), "Porto", 4));
        var plain = new MessageSendContext<Shipment>(new Shipment(Guid.NewGuid(), "Braga"));

        serializer.GetMessageBody(express);
        serializer.GetMessageBody(plain);

        Assert.Equal(ExpressUrn + ";" + ShipmentUrn, express.Headers.Get<string>(MessageHeaders.MessageType));
        Assert.Equal(ShipmentUrn, plain.Headers.Get<string>(MessageHeaders.MessageType));
    }

    [Fact]
    public void A_consumer_of_the_base_gets_the_derived_instance_when_the_bus_knows_the_derived_type()
    {
        var express = new ExpressShipment(Guid.NewGuid(), "Porto", 4);
        var context = Serializer(withDerived: true).Deserialize(new BytesMessageBody(WireSerializer.Serialize(express)), Headers(ExpressUrn + ";" + ShipmentUrn));

        Assert.True(context.IsSupportedMessageType<Shipment>());
        Assert.True(context.TryGetMessage<Shipment>(out var asBase));
        Assert.Equal(express, Assert.IsType<ExpressShipment>(asBase));
        Assert.True(context.TryGetMessage<ExpressShipment>(out var asDerived));
        Assert.Same(asBase, asDerived);
        Assert.True(context.TryGetMessage(typeof(Shipment), out var boxed));
        Assert.Same(asBase, boxed);
    }

    [Fact]
    public void A_bus_that_knows_only_the_base_reads_the_base_fields_of_the_derived_bytes()
    {
        var express = new ExpressShipment(Guid.NewGuid(), "Porto", 4);
        var context = Serializer(withDerived: false).Deserialize(new BytesMessageBody(WireSerializer.Serialize(express)), Headers(ExpressUrn + ";" + ShipmentUrn));

        Assert.False(context.IsSupportedMessageType<ExpressShipment>());
        Assert.True(context.TryGetMessage<Shipment>(out var shipment));
        Assert.Equal(new Shipment(express.ShipmentId, "Porto"), shipment);
    }

    [Fact]
    public void A_consumer_of_the_derived_type_does_not_take_a_base_message()
    {
        var context = Serializer(withDerived: true).Deserialize(new BytesMessageBody(WireSerializer.Serialize(new Shipment(Guid.NewGuid(), "Braga"))), Headers(ShipmentUrn));

        Assert.False(context.IsSupportedMessageType<ExpressShipment>());
        Assert.False(context.TryGetMessage<ExpressShipment>(out _));
        Assert.Equal([ShipmentUrn], context.SupportedMessageTypes.ToArray());
    }

    private static DictionarySendHeaders Headers(string messageTypes)
    {
        var headers = new DictionarySendHeaders();
        headers.Set(MessageHeaders.MessageType, messageTypes);
        return headers;
    }
}
