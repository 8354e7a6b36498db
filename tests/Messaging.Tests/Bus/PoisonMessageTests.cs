using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Serialization;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Handlers;
using Messaging.Tests.Bus.Infrastructure;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class PoisonMessageTests
{
    private const string MeasurementUrn = TestHandlersRegistration.Urn + "Measurement";

    [Fact]
    public async Task Body_that_does_not_match_its_type_goes_to_the_error_queue_with_the_reason_and_later_messages_still_flow()
    {
        var errors = new QueueCapture("measurements_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);
        // [sensor: "not a number", label: "x"]: a string where Measurement's first field is an int.
        byte[] poison = [0x92, 0xAC, .. "not a number"u8, 0xA1, (byte)'x'];
        var expected = ReadError(poison);

        await SendRawAsync(bus, "application/msgpack", poison, MeasurementUrn);
        await bus.Bus.Publish(new Measurement(2, "after the poison"));

        var error = await errors.NextAsync();
        Assert.Equal(poison, error.Body);
        Assert.Equal("application/msgpack", error.ContentType);
        Assert.Equal(nameof(WireSerializationException), error.Header(MessageHeaders.FaultExceptionType)?.Split('.')[^1]);
        Assert.Equal($"Cannot read the application/msgpack body as {MeasurementUrn}: {expected}", error.Header(MessageHeaders.FaultMessage));
        Assert.Contains("Measurement: field 0 (Sensor)", error.Header(MessageHeaders.FaultMessage), StringComparison.Ordinal);

        var good = await bus.Observations.WaitOneAsync("measurements");
        Assert.Equal(new Measurement(2, "after the poison"), good.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x92, 0x01 }, "array of 2 elements exceeds the 1 bytes remaining at byte 0")]
    [InlineData(new byte[] { 0x92, 0x01, 0xA1, (byte)'x', 0xC0 }, "1 trailing bytes at byte 4")]
    [InlineData(new byte[] { 0xC0 }, "the body is nil, not a message")]
    [InlineData(new byte[0], "found end of input")]
    public async Task Truncated_trailing_nil_or_empty_bodies_go_to_the_error_queue_with_the_reason(byte[] body, string reason)
    {
        var errors = new QueueCapture("measurements_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);

        await SendRawAsync(bus, "application/msgpack", body, MeasurementUrn);

        var error = await errors.NextAsync();
        Assert.Equal(body, error.Body);
        var message = error.Header(MessageHeaders.FaultMessage);
        Assert.StartsWith($"Cannot read the application/msgpack body as {MeasurementUrn}: ", message, StringComparison.Ordinal);
        Assert.True(message!.Contains(reason, StringComparison.Ordinal), message);
    }

    [Fact]
    public async Task Message_without_a_message_type_header_goes_to_the_error_queue_saying_the_header_is_required()
    {
        var errors = new QueueCapture("measurements_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);
        var body = WireSerializer.Serialize(new Measurement(3, "untyped"));

        await SendRawAsync(bus, "application/msgpack", body, messageType: null);

        var error = await errors.NextAsync();
        Assert.Equal(body, error.Body);
        Assert.Contains("has no MT-MessageType header", error.Header(MessageHeaders.FaultMessage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_of_an_unknown_type_goes_to_the_error_queue_naming_the_type_not_guessed()
    {
        var errors = new QueueCapture("measurements_error");
        await using var bus = await TestBus.StartAsync(errors.Configure);
        var body = WireSerializer.Serialize(new Measurement(4, "unknown"));

        await SendRawAsync(bus, "application/msgpack", body, "urn:message:Somewhere:Else");

        var message = await errors.NextAsync();
        Assert.Equal(body, message.Body);
        Assert.Contains("is of type urn:message:Somewhere:Else, which is not registered on this bus", message.Header(MessageHeaders.FaultMessage), StringComparison.Ordinal);
        Assert.Empty(bus.Observations.Snapshot());
    }

    [Fact]
    public async Task Foreign_producer_using_application_x_msgpack_is_consumed()
    {
        await using var bus = await TestBus.StartAsync();
        var body = WireSerializer.Serialize(new Measurement(5, "legacy content type"));

        await SendRawAsync(bus, "application/x-msgpack", body, MeasurementUrn);

        var seen = await bus.Observations.WaitOneAsync("measurements");
        Assert.Equal("application/x-msgpack", seen.ContentType);
        Assert.Equal(new Measurement(5, "legacy content type"), seen.Message);
    }

    private static async Task SendRawAsync(TestBus bus, string contentType, byte[] body, string? messageType)
    {
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("queue:measurements"));
        await endpoint.Send(new Measurement(0, "placeholder"), context => context.Serializer = new RawBodySerializer(contentType, body, messageType));
    }

    private static string ReadError(byte[] body)
    {
        var exception = Assert.Throws<WireSerializationException>(() => WireSerializer.Deserialize<Measurement>(body));
        return exception.Message;
    }
}
