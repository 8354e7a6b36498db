using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Serialization;
using Messaging.Tests.Bus.Infrastructure;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

public sealed class PoisonMessageTests
{
    private const string TelemetryUrn = "urn:message:Messaging.Tests.EndToEnd.Contracts:TelemetrySample";

    [Fact]
    public async Task Poison_body_goes_to_the_error_queue_with_the_reason_while_the_next_good_message_is_handled()
    {
        var errors = new QueueCapture("e2e-telemetry_error");
        await using var bus = await EndToEndBus.StartAsync(configure: errors.Configure);
        // [sensor: "not a number", label: "x"]: a string where TelemetrySample's first field is an int.
        byte[] poison = [0x92, 0xAC, .. "not a number"u8, 0xA1, (byte)'x'];
        var good = new TelemetrySample(2, "after the poison");

        // Published by hand as a foreign producer would: the right content type and message type, a bad body.
        await bus.Bus.Publish(new TelemetrySample(0, "placeholder"), context => context.Serializer = new RawBodySerializer("application/msgpack", poison, TelemetryUrn));
        await bus.Bus.Publish(good);

        var error = await errors.NextAsync();
        Assert.Equal(poison, error.Body);
        Assert.Equal("application/msgpack", error.ContentType);
        Assert.EndsWith("." + nameof(WireSerializationException), error.Header(MessageHeaders.FaultExceptionType), StringComparison.Ordinal);
        var reason = error.Header(MessageHeaders.FaultMessage);
        Assert.StartsWith($"Cannot read the application/msgpack body as {TelemetryUrn}: ", reason, StringComparison.Ordinal);
        Assert.Contains("field 0 (Sensor)", reason, StringComparison.Ordinal);

        // The queue takes one message at a time, in order: the good message came after the poison, and is the only
        // one the handler ever saw.
        var call = await bus.Probe.WaitOneAsync("telemetry");
        Assert.Equal(good, call.Message);
        Assert.Single(bus.Probe.Calls("telemetry"));
    }
}
