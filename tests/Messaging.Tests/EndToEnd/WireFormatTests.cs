using System;
using System.Globalization;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Serialization;
using Messaging.Serialization;
using Messaging.Tests.Bus.Infrastructure;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

public sealed class WireFormatTests
{
    [Fact]
    public async Task Body_on_the_wire_is_application_msgpack_that_MessagePackSerializer_decodes_to_the_published_values()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var sample = Sample();

        await bus.Bus.Publish(sample);

        var delivery = (await bus.Probe.WaitOneAsync("wire")).Delivery!;
        Assert.Equal("application/msgpack", delivery.ContentType);
        Assert.Equal("urn:message:Messaging.Tests.EndToEnd.Contracts:WireSample", delivery.MessageTypeHeader);
        // Raw MessagePack, no envelope: exactly what the generated formatter writes for the message.
        Assert.Equal(WireSerializer.Serialize(sample), delivery.Body);
        var decoded = WireSerializer.Deserialize<WireSample>(delivery.Body);
        AssertSameValues(sample, decoded);
        Assert.Equal("12.50", decoded.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Generated_consumer_still_takes_a_MassTransit_json_envelope_from_a_plain_publisher()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var sample = Sample();

        await bus.Bus.Publish(sample, context => context.Serializer = SystemTextJsonMessageSerializer.Instance);

        var call = await bus.Probe.WaitOneAsync("wire");
        Assert.Equal("application/vnd.masstransit+json", call.Delivery!.ContentType);
        AssertSameValues(sample, (WireSample)call.Message);
    }

    [Fact]
    public async Task Message_with_an_explicit_entity_name_is_published_to_that_exchange_bound_to_its_handler_queue()
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: InMemoryEndpointStart.WithBus);

        Assert.Equal(["e2e-wire"], BusProbe.ExchangeSinks(bus.Bus, "e2e.wire-sample"));
    }

    private static WireSample Sample() => new(
        Guid.NewGuid(),
        "Zoë",
        12.50m,
        new DateTimeOffset(2025, 1, 31, 12, 30, 15, TimeSpan.Zero).AddTicks(1234),
        WireColor.Blue,
        null,
        [new WireLine("apple", 3), new WireLine("pear", 1)],
        [0x00, 0xFF, 0x7F]);

    // Record equality compares the list and the array by reference; compare their contents instead.
    private static void AssertSameValues(WireSample expected, WireSample actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Amount, actual.Amount);
        Assert.Equal(expected.At, actual.At);
        Assert.Equal(expected.Color, actual.Color);
        Assert.Equal(expected.Missing, actual.Missing);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Blob, actual.Blob);
    }
}
