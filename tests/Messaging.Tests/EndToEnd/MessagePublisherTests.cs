using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary><see cref="IMessagePublisher"/> on the in-memory transport: the bus's publish, so code does not change with the transport.</summary>
public sealed class MessagePublisherTests
{
    [Fact]
    public async Task Published_message_reaches_its_handler_and_what_the_handler_returns_is_published_on()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var parcelId = Guid.NewGuid();

        await publisher.PublishAsync(new ShipParcel(parcelId, "Porto"));

        var call = await bus.Probe.WaitOneAsync("shipping-notifications");
        Assert.Equal(new ParcelShipped(parcelId, "Porto", "Pigeon Post"), call.Message);
        Assert.Equal("application/msgpack", call.Delivery!.ContentType);
    }

    [Fact]
    public async Task Ids_the_caller_fixes_reach_the_handler_through_the_publisher_and_through_the_bus()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var viaPublisher = new PublishOptions { MessageId = Guid.NewGuid(), CorrelationId = Guid.NewGuid(), ConversationId = Guid.NewGuid() };
        var viaBus = (MessageId: Guid.NewGuid(), CorrelationId: Guid.NewGuid(), ConversationId: Guid.NewGuid());

        await publisher.PublishAsync(new TelemetrySample(1, "publisher"), viaPublisher);
        await bus.Bus.Publish(new TelemetrySample(2, "bus"), context =>
        {
            context.MessageId = viaBus.MessageId;
            context.CorrelationId = viaBus.CorrelationId;
            context.ConversationId = viaBus.ConversationId;
        });
        // Only the message id fixed: the rest as without options (the bus starts a conversation of its own).
        var onlyId = Guid.NewGuid();
        await publisher.PublishAsync(new TelemetrySample(3, "id only"), new PublishOptions { MessageId = onlyId });

        var calls = await bus.Probe.WaitAsync("telemetry", 3);
        var first = calls.Single(c => ((TelemetrySample)c.Message).Sensor == 1).Delivery!;
        Assert.Equal((viaPublisher.MessageId, viaPublisher.CorrelationId, viaPublisher.ConversationId), (first.MessageId, first.CorrelationId, first.ConversationId));
        var second = calls.Single(c => ((TelemetrySample)c.Message).Sensor == 2).Delivery!;
        Assert.Equal(((Guid?)viaBus.MessageId, (Guid?)viaBus.CorrelationId, (Guid?)viaBus.ConversationId), (second.MessageId, second.CorrelationId, second.ConversationId));
        var third = calls.Single(c => ((TelemetrySample)c.Message).Sensor == 3).Delivery!;
        Assert.Equal((onlyId, (Guid?)null), (third.MessageId, third.CorrelationId));
        Assert.NotNull(third.ConversationId);
    }

    [Fact]
    public async Task A_publish_retried_with_the_same_options_delivers_copies_with_the_same_id()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var options = new PublishOptions { MessageId = Guid.NewGuid() };

        await publisher.PublishAsync(new TelemetrySample(7, "first try"), options);
        await publisher.PublishAsync(new TelemetrySample(7, "retry"), options);
        await publisher.PublishAsync(new TelemetrySample(7, "no options"));

        var calls = await bus.Probe.WaitAsync("telemetry", 3);
        Assert.Equal(options.MessageId, calls.Single(c => ((TelemetrySample)c.Message).Label == "first try").Delivery!.MessageId);
        Assert.Equal(options.MessageId, calls.Single(c => ((TelemetrySample)c.Message).Label == "retry").Delivery!.MessageId);
        Assert.NotEqual(options.MessageId, calls.Single(c => ((TelemetrySample)c.Message).Label == "no options").Delivery!.MessageId);
    }

    [Fact]
    public async Task An_empty_id_in_the_options_is_refused_naming_it()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync(new TelemetrySample(1, "x"), new PublishOptions { MessageId = Guid.Empty }));

        Assert.Contains("PublishOptions.MessageId is Guid.Empty", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => publisher.PublishAsync(new TelemetrySample(1, "x"), null!));
    }

    [Fact]
    public async Task A_type_that_is_not_a_registered_message_is_refused_naming_it()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();

        // MSG0212 reports this call at build time; the test is of the run-time check behind it.
#pragma warning disable MSG0212
        var error = await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync(new NotAMessage(1)));
#pragma warning restore MSG0212

        Assert.Contains("NotAMessage is not a message registered on the bus", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => publisher.PublishAsync<ShipParcel>(null!));
    }

    private sealed record NotAMessage(int Number);
}
