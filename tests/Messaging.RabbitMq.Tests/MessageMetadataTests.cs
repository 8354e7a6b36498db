using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// What a MessagePack message carries on RabbitMQ besides its body, read off the wire through a queue of the test's own
/// bound to the message's exchange, and what the handler's <c>ConsumeContext</c> makes of it: the ids are AMQP
/// properties rather than repeated headers, the sent time is the one inside the message id, and the destination is the
/// exchange the delivery names.
/// </summary>
public sealed class MessageMetadataTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    private const string Exchange = "rmq.order-placed";

    [Fact]
    public async Task Published_message_carries_its_ids_as_AMQP_properties_and_the_handler_sees_every_value_it_was_sent_with()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await Broker.BindTapAsync(vhost.Name, "metadata-tap-publish", Exchange);
        var order = new OrderPlaced(Guid.NewGuid(), "metadata", 1.5m);
        var correlationId = Guid.NewGuid();
        SendContext? sent = null;

        await bus.Bus.Publish(order, context =>
        {
            context.CorrelationId = correlationId;
            sent = context;
        });

        var wire = await Broker.TakeOneAsync(vhost.Name, "metadata-tap-publish");
        Assert.Equal(sent!.MessageId.ToString(), wire.Properties.GetProperty("message_id").GetString());
        Assert.Equal(correlationId.ToString(), wire.Properties.GetProperty("correlation_id").GetString());
        // Nothing AMQP already says, or the message id already holds, is repeated as a header.
        Assert.Equal(["ConversationId", "MT-MessageType", "MT-Source-Address"], HeaderNames(wire));

        var call = await probe.WaitOneAsync("orders", c => ((OrderPlaced)c.Message).OrderId == order.OrderId);
        Assert.Equal(sent.MessageId, call.Metadata.MessageId);
        Assert.Equal(correlationId, call.Metadata.CorrelationId);
        Assert.Equal(sent.ConversationId, call.Metadata.ConversationId);
        Assert.Equal(sent.SentTime, call.Metadata.SentTime);
        Assert.Equal(DateTimeKind.Utc, call.Metadata.SentTime!.Value.Kind);
        // Published: its destination is the message's exchange, named by the delivery.
        Assert.Equal(Exchange, call.Metadata.DestinationAddress!.AbsolutePath.Split('/')[^1]);
    }

    [Fact]
    public async Task Message_sent_to_a_queue_names_the_queue_as_its_destination()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var order = new OrderPlaced(Guid.NewGuid(), "sent", 2m);

        // The queue's exchange, where Send without an address goes (docs/wire-format.md).
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("exchange:rmq-orders"));
        await endpoint.Send(order);

        var call = await probe.WaitOneAsync("orders", c => ((OrderPlaced)c.Message).OrderId == order.OrderId);
        Assert.Equal("rmq-orders", call.Metadata.DestinationAddress!.AbsolutePath.Split('/')[^1]);
        Assert.DoesNotContain("DestinationAddress", call.Headers.Keys);
    }

    [Fact]
    public async Task Message_whose_id_does_not_hold_its_sent_time_carries_the_time_as_a_header()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await Broker.BindTapAsync(vhost.Name, "metadata-tap-random-id", Exchange);
        var order = new OrderPlaced(Guid.NewGuid(), "random id", 3m);
        var messageId = Guid.NewGuid();
        SendContext? sent = null;

        await bus.Bus.Publish(order, context =>
        {
            // A random Guid, not a NewId: it holds no time.
            context.MessageId = messageId;
            sent = context;
        });

        var wire = await Broker.TakeOneAsync(vhost.Name, "metadata-tap-random-id");
        Assert.Equal(messageId.ToString(), wire.Properties.GetProperty("message_id").GetString());
        Assert.Equal(sent!.SentTime!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture), wire.Header("SentTime"));

        var call = await probe.WaitOneAsync("orders", c => ((OrderPlaced)c.Message).OrderId == order.OrderId);
        Assert.Equal(messageId, call.Metadata.MessageId);
        Assert.Equal(sent.SentTime, call.Metadata.SentTime);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Published_invoice_moved_back_from_the_error_queue_is_still_filtered_per_handler(bool withMessagePublisher)
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var tap = withMessagePublisher ? "regions-tap-direct" : "regions-tap";
        await Broker.BindTapAsync(vhost.Name, tap, "rmq.invoice");
        var invoice = new RegionalInvoice("us.east", withMessagePublisher ? 32 : 31);

        await (withMessagePublisher
            ? bus.Services.GetRequiredService<IMessagePublisher>().PublishAsync(invoice)
            : bus.Bus.Publish(invoice));

        // A message that bindings filter says where it was published, even on RabbitMQ, where the delivery also does.
        var wire = await Broker.TakeOneAsync(vhost.Name, tap);
        var destination = wire.Header("DestinationAddress");
        Assert.EndsWith("/rmq.invoice", new Uri(destination!).AbsolutePath, StringComparison.Ordinal);
        await probe.WaitOneAsync("us-east", c => ((RegionalInvoice)c.Message).Number == invoice.Number);

        // Moved back as a shovel moves messages out of {queue}_error: to the queue by its name, through the default
        // exchange, with its body and headers. Only the handler whose binding matches takes it again.
        await Broker.PublishRawAsync(vhost.Name, "amq.default", "rmq-regions", wire.Body, "application/msgpack",
            new System.Collections.Generic.Dictionary<string, string>
            {
                ["MT-MessageType"] = "urn:message:Messaging.RabbitMq.Tests.Contracts:RegionalInvoice",
                ["DestinationAddress"] = destination!,
            });

        await probe.WaitAsync("us-east", 2, c => ((RegionalInvoice)c.Message).Number == invoice.Number);
        await Task.Delay(500);
        Assert.Empty(probe.Calls("asia-pacific"));
    }

    // The RabbitMQ.Client adds x-dotnet-pub-seq-no to track publisher confirms; it is the client's, not ours.
    private static string[] HeaderNames(BrokerMessage message) =>
        [.. message.Properties.GetProperty("headers").EnumerateObject()
            .Select(header => header.Name)
            .Where(name => name != "x-dotnet-pub-seq-no")
            .Order(StringComparer.Ordinal)];
}
