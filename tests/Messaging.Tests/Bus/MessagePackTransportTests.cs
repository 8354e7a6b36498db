using System;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Serialization;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class MessagePackTransportTests
{
    [Fact]
    public async Task Published_message_reaches_its_handler_as_application_msgpack_with_every_value()
    {
        await using var bus = await TestBus.StartAsync();
        var order = new OrderPlaced(Guid.NewGuid(), "Ada", 12.34m, [new OrderLine("apple", 3), new OrderLine("pear", 1)], new DateTimeOffset(2025, 1, 31, 12, 0, 0, TimeSpan.Zero));

        await bus.Bus.Publish(order);

        var seen = await bus.Observations.WaitOneAsync("orders");
        Assert.Equal("application/msgpack", seen.ContentType);
        var received = Assert.IsType<OrderPlaced>(seen.Message);
        Assert.Equal(order.OrderId, received.OrderId);
        Assert.Equal(order.Customer, received.Customer);
        Assert.Equal(order.Total, received.Total);
        Assert.Equal(order.PlacedAt, received.PlacedAt);
        Assert.Equal(order.Lines, received.Lines);
    }

    [Fact]
    public async Task Ids_and_sent_time_travel_in_headers_and_reach_the_consume_context()
    {
        await using var bus = await TestBus.StartAsync();
        var correlationId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var before = DateTime.UtcNow;

        await bus.Bus.Publish(new Measurement(1, "headers"), context =>
        {
            context.MessageId = messageId;
            context.CorrelationId = correlationId;
        });

        var seen = await bus.Observations.WaitOneAsync("measurements");
        Assert.Equal("application/msgpack", seen.ContentType);
        Assert.Equal(messageId, seen.MessageId);
        Assert.Equal(correlationId, seen.CorrelationId);
        Assert.NotNull(seen.ConversationId);
        Assert.NotNull(seen.SentTime);
        Assert.Equal(DateTimeKind.Utc, seen.SentTime!.Value.Kind);
        Assert.InRange(seen.SentTime.Value, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Json_envelope_from_a_plain_MassTransit_publisher_is_still_consumed()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Publish(new Measurement(7, "json"), context => context.Serializer = SystemTextJsonMessageSerializer.Instance);

        var seen = await bus.Observations.WaitOneAsync("measurements");
        Assert.Equal("application/vnd.masstransit+json", seen.ContentType);
        Assert.Equal(new Measurement(7, "json"), seen.Message);
    }
}
