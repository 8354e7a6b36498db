using System;
using System.Globalization;
using System.Linq;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;
using Messaging.Serialization;
using Messaging.Tests.Bus.Contracts;
using Messaging.Transport;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class MessagePackSerializerTests
{
    private const string MeasurementUrn = "urn:message:Messaging.Tests.Bus.Contracts:Measurement";

    private static readonly MessagePackMessageSerializer s_serializer = new(
        new MessageCodecTable([new MessageCodec<Measurement>(MeasurementUrn, WireFormatters.Get<Measurement>())]),
        MessagePackMessageSerializer.MessagePackContentType);

    [Fact]
    public void Body_is_the_bare_message_and_metadata_travels_in_headers_without_host_info()
    {
        var message = new Measurement(42, "raw");
        var context = new MessageSendContext<Measurement>(message)
        {
            MessageId = NewId.NextGuid(),
            CorrelationId = Guid.NewGuid(),
            ConversationId = Guid.NewGuid(),
            RequestId = Guid.NewGuid(),
            ResponseAddress = new Uri("loopback://localhost/client"),
        };

        var body = s_serializer.GetMessageBody(context).GetBytes();

        Assert.Equal(WireSerializer.Serialize(message), body);
        var headers = context.Headers.GetAll().ToDictionary(h => h.Key, h => h.Value);
        Assert.Equal(MeasurementUrn, headers[MessageHeaders.MessageType]);
        Assert.Equal(context.MessageId.ToString(), headers[MessageHeaders.MessageId]);
        Assert.Equal(context.CorrelationId.ToString(), headers[MessageHeaders.CorrelationId]);
        Assert.Equal(context.ConversationId.ToString(), headers[MessageHeaders.ConversationId]);
        Assert.Equal(context.RequestId.ToString(), headers[MessageHeaders.RequestId]);
        Assert.Equal(context.ResponseAddress, headers[MessageHeaders.ResponseAddress]);
        var sent = DateTime.Parse((string)headers[MessagePackHeaders.SentTime], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        Assert.Equal(DateTimeKind.Utc, sent.Kind);
        Assert.DoesNotContain(headers.Keys, key => key.StartsWith("MT-Host", StringComparison.Ordinal));
    }

    [Fact]
    public void Received_message_exposes_the_header_metadata_and_decodes_only_its_listed_type()
    {
        var messageId = NewId.NextGuid();
        var sent = new DateTime(2025, 1, 31, 12, 30, 15, 123, DateTimeKind.Utc);
        var headers = new DictionarySendHeaders();
        headers.Set(MessageHeaders.MessageType, " urn:other:Thing ; " + MeasurementUrn.ToUpperInvariant());
        headers.Set(MessageHeaders.MessageId, messageId.ToString());
        headers.Set(MessagePackHeaders.SentTime, sent.ToString("O", CultureInfo.InvariantCulture));
        headers.Set("Tenant", "acme");

        var context = s_serializer.Deserialize(new BytesMessageBody(WireSerializer.Serialize(new Measurement(1, "in"))), headers);

        Assert.Equal(["urn:other:Thing", MeasurementUrn.ToUpperInvariant()], context.SupportedMessageTypes);
        Assert.True(context.IsSupportedMessageType<Measurement>());
        Assert.False(context.IsSupportedMessageType<Tick>());
        Assert.True(context.TryGetMessage<Measurement>(out var measurement));
        Assert.Equal(new Measurement(1, "in"), measurement);
        Assert.True(context.TryGetMessage(typeof(Measurement), out var boxed));
        Assert.Same(measurement, boxed);
        Assert.False(context.TryGetMessage<Tick>(out _));
        Assert.Equal(messageId, context.MessageId);
        Assert.Equal(sent, context.SentTime);
        Assert.Equal(["Tenant"], context.Headers.GetAll().Select(h => h.Key));
    }

    [Fact]
    public void Sent_time_falls_back_to_the_transport_timestamp_then_to_the_message_id()
    {
        var transportSent = new DateTime(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        var withTransportTime = new DictionarySendHeaders();
        withTransportTime.Set(MessageHeaders.MessageType, MeasurementUrn);
        withTransportTime.Set(MessageHeaders.TransportSentTime, transportSent);
        var messageId = NewId.NextGuid();
        var withMessageId = new DictionarySendHeaders();
        withMessageId.Set(MessageHeaders.MessageType, MeasurementUrn);
        withMessageId.Set(MessageHeaders.MessageId, messageId.ToString());

        var body = new BytesMessageBody(WireSerializer.Serialize(new Measurement(1, "t")));

        Assert.Equal(transportSent, s_serializer.Deserialize(body, withTransportTime).SentTime);
        Assert.Equal(messageId.ToNewId().Timestamp, s_serializer.Deserialize(body, withMessageId).SentTime);
    }

    [Fact]
    public void Forwarded_message_is_resent_with_its_original_bytes_and_sent_time()
    {
        var sent = new DateTime(2025, 1, 31, 12, 30, 15, DateTimeKind.Utc);
        var bytes = WireSerializer.Serialize(new Measurement(9, "forward me"));
        var headers = new DictionarySendHeaders();
        headers.Set(MessageHeaders.MessageType, MeasurementUrn);
        headers.Set(MessagePackHeaders.SentTime, sent.ToString("O", CultureInfo.InvariantCulture));
        var received = s_serializer.Deserialize(new BytesMessageBody(bytes), headers);
        var forward = new MessageSendContext<Measurement>(new Measurement(0, "ignored")) { MessageId = NewId.NextGuid() };

        var body = received.GetMessageSerializer().GetMessageBody(forward).GetBytes();

        Assert.Equal(bytes, body);
        Assert.Equal(MeasurementUrn, forward.Headers.Get<string>(MessageHeaders.MessageType));
        Assert.Equal(sent.ToString("O", CultureInfo.InvariantCulture), forward.Headers.Get<string>(MessagePackHeaders.SentTime));
    }

    [Fact]
    public void Sent_time_is_not_written_when_the_message_id_holds_it_and_is_read_back_from_the_id_to_the_tick()
    {
        // MassTransit's own send context: the message id is a NewId and the sent time is the time inside it.
        var context = new MessageSendContext<Measurement>(new Measurement(1, "id holds the time"));

        s_serializer.GetMessageBody(context);

        Assert.Equal(context.SentTime, context.MessageId!.Value.ToNewId().Timestamp);
        Assert.False(context.Headers.TryGetHeader(MessagePackHeaders.SentTime, out _));
        var received = s_serializer.Deserialize(new BytesMessageBody(WireSerializer.Serialize(new Measurement(1, "r"))), context.Headers);
        Assert.Equal(context.SentTime, received.SentTime);
        Assert.Equal(DateTimeKind.Utc, received.SentTime!.Value.Kind);
    }

    [Fact]
    public void Transport_that_carries_the_ids_and_names_the_destination_gets_neither_as_headers_unless_a_delay_reroutes_it()
    {
        var serializer = SerializerFor(new TransportMetadata(idsInProperties: true, deliveredTo: static (_, _) => null));
        var context = new MessageSendContext<Measurement>(new Measurement(2, "amqp"))
        {
            CorrelationId = Guid.NewGuid(),
            ConversationId = Guid.NewGuid(),
            DestinationAddress = new Uri("rabbitmq://localhost/shop/measurements"),
        };

        serializer.GetMessageBody(context);

        var names = context.Headers.GetAll().Select(h => h.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([MessageHeaders.ConversationId, MessageHeaders.MessageType], names);

        // A delayed message is routed through the transport's delay exchange, whose name its delivery then carries.
        var delayed = new MessageSendContext<Measurement>(new Measurement(3, "later"))
        {
            DestinationAddress = new Uri("rabbitmq://localhost/shop/measurements"),
            Delay = TimeSpan.FromSeconds(5),
        };
        serializer.GetMessageBody(delayed);
        Assert.Equal(new Uri("rabbitmq://localhost/shop/measurements"), delayed.Headers.Get<Uri>(MessagePackHeaders.DestinationAddress));
    }

    [Fact]
    public void Message_that_bindings_filter_keeps_its_destination_header_on_a_transport_whose_delivery_names_it()
    {
        // A copy moved back from the error queue arrives by the queue's name, through no exchange: the header is then
        // what says it was published, so the handlers' bindings still apply.
        var routed = new MessagePackMessageSerializer(
            new MessageCodecTable([new MessageCodec<Measurement>(MeasurementUrn, WireFormatters.Get<Measurement>(), isRouted: true)]),
            MessagePackMessageSerializer.MessagePackContentType,
            new TransportMetadata(idsInProperties: true, deliveredTo: static (_, _) => null));
        var context = new MessageSendContext<Measurement>(new Measurement(5, "routed"))
        {
            DestinationAddress = new Uri("rabbitmq://localhost/shop/shop.measurements"),
        };

        routed.GetMessageBody(context);

        Assert.Equal(new Uri("rabbitmq://localhost/shop/shop.measurements"), context.Headers.Get<Uri>(MessagePackHeaders.DestinationAddress));
        Assert.False(context.Headers.TryGetHeader(MessageHeaders.MessageId, out _));
    }

    [Fact]
    public void Destination_is_the_header_else_what_the_delivery_names_else_the_queue_it_arrived_on()
    {
        var queue = new Uri("rabbitmq://localhost/shop/billing");
        var exchange = new Uri("rabbitmq://localhost/shop/shop.order-placed");
        var serializer = SerializerFor(new TransportMetadata(idsInProperties: true, deliveredTo: (headers, input) =>
            headers.TryGetHeader("Delivered-To", out var name) ? new Uri(input!, (string)name) : null));
        var body = new BytesMessageBody(WireSerializer.Serialize(new Measurement(4, "where")));
        var withHeader = Headers(("Delivered-To", "shop.order-placed"), (MessagePackHeaders.DestinationAddress, "rabbitmq://localhost/shop/billing"));
        var delivered = Headers(("Delivered-To", "shop.order-placed"));
        var neither = Headers();

        Assert.Equal(queue, serializer.Deserialize(body, withHeader, queue).DestinationAddress);
        Assert.Equal(exchange, serializer.Deserialize(body, delivered, queue).DestinationAddress);
        Assert.Equal(queue, serializer.Deserialize(body, neither, queue).DestinationAddress);
        // Without transport metadata, the delivery is not asked.
        Assert.Equal(queue, s_serializer.Deserialize(body, delivered, queue).DestinationAddress);
    }

    [Fact]
    public void Message_that_names_no_conversation_starts_one_named_by_its_message_id()
    {
        var body = new BytesMessageBody(WireSerializer.Serialize(new Measurement(6, "first")));
        var messageId = NewId.NextGuid();
        var conversationId = NewId.NextGuid();

        var first = s_serializer.Deserialize(body, Headers((MessageHeaders.MessageId, messageId.ToString())));
        var later = s_serializer.Deserialize(body, Headers((MessageHeaders.MessageId, messageId.ToString()), (MessageHeaders.ConversationId, conversationId.ToString())));
        var anonymous = s_serializer.Deserialize(body, Headers());

        Assert.Equal(messageId, first.ConversationId);
        Assert.Equal(conversationId, later.ConversationId);
        Assert.Null(anonymous.ConversationId);
    }

    [Fact]
    public void Sending_a_type_without_a_route_names_the_type_and_the_fix()
    {
        var context = new MessageSendContext<Tick>(new Tick(1));

        var exception = Assert.Throws<InvalidOperationException>(() => s_serializer.GetMessageBody(context));

        Assert.Contains(typeof(Tick).FullName!, exception.Message, StringComparison.Ordinal);
        Assert.Contains("AddMessage", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoding_failure_is_one_exception_without_an_inner_one_so_MassTransit_reports_its_text()
    {
        var headers = new DictionarySendHeaders();
        headers.Set(MessageHeaders.MessageType, MeasurementUrn);
        var context = s_serializer.Deserialize(new BytesMessageBody([0x92, 0xA1, (byte)'x', 0xA1, (byte)'y']), headers);

        var exception = Assert.Throws<WireSerializationException>(() => context.TryGetMessage<Measurement>(out _));

        Assert.Null(exception.InnerException);
        Assert.Same(exception, exception.GetBaseException());
        Assert.StartsWith($"Cannot read the application/msgpack body as {MeasurementUrn}: Measurement: field 0 (Sensor) ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_message_types_with_one_urn_are_rejected_when_the_bus_is_configured()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new MessageCodecTable(
        [
            new MessageCodec<Measurement>("urn:message:Same", WireFormatters.Get<Measurement>()),
            new MessageCodec<Tick>("urn:message:same", WireFormatters.Get<Tick>()),
        ]));

        Assert.Contains(typeof(Measurement).FullName!, exception.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(Tick).FullName!, exception.Message, StringComparison.Ordinal);
    }

    private static MessagePackMessageSerializer SerializerFor(TransportMetadata metadata) => new(
        new MessageCodecTable([new MessageCodec<Measurement>(MeasurementUrn, WireFormatters.Get<Measurement>())]),
        MessagePackMessageSerializer.MessagePackContentType,
        metadata);

    private static DictionarySendHeaders Headers(params (string Name, string Value)[] values)
    {
        var headers = new DictionarySendHeaders();
        headers.Set(MessageHeaders.MessageType, MeasurementUrn);
        foreach (var (name, value) in values)
        {
            headers.Set(name, value);
        }

        return headers;
    }
}
