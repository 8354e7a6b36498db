using System;
using System.Threading.Tasks;
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
