using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Serialization;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>Retries, faults in <c>{queue}_error</c> with their headers, and a poison body that does not stop the queue.</summary>
public sealed class ErrorQueueTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Handler_that_fails_twice_under_retry_2_succeeds_on_the_third_attempt()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var payment = new FlakyPayment(Guid.NewGuid(), FailuresBeforeSuccess: 2);

        await bus.Bus.Publish(payment);

        await probe.WaitOneAsync("flaky-payments");
        Assert.Equal(3, probe.Attempts(payment.PaymentId));
        Assert.Empty(await Broker.TakeAsync(vhost.Name, "rmq-flaky-payments_error", 10));
    }

    [Fact]
    public async Task Handler_that_always_fails_ends_in_the_error_queue_with_the_body_and_fault_headers_intact()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var payment = new DoomedPayment(Guid.NewGuid(), "card expired");

        await bus.Bus.Publish(payment);

        var error = await Broker.TakeOneAsync(vhost.Name, "rmq-doomed-payments_error");
        Assert.Equal(3, probe.Attempts(payment.PaymentId));
        Assert.Equal("application/msgpack", error.ContentType);
        Assert.Equal(payment, WireSerializer.Deserialize<DoomedPayment>(error.Body));
        // On the broker the headers survive the move to _error (the in-memory transport drops them).
        Assert.Equal("urn:message:Messaging.RabbitMq.Tests.Contracts:DoomedPayment", error.Header("MT-MessageType"));
        Assert.Equal("card expired on attempt 3", error.Header("MT-Fault-Message"));
        Assert.Equal("System.InvalidOperationException", error.Header("MT-Fault-ExceptionType"));
        Assert.Equal("2", error.Header("MT-Fault-RetryCount"));
        Assert.Equal("fault", error.Header("MT-Reason"));
    }

    [Fact]
    public async Task Poison_body_goes_to_the_error_queue_with_the_reason_while_later_messages_are_handled()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        // [sensor: "not a number", label: "x"]: a string where SensorReading's first field is an int.
        byte[] poison = [0x92, 0xAC, .. "not a number"u8, 0xA1, (byte)'x'];
        const string Urn = "urn:message:Messaging.RabbitMq.Tests.Contracts:SensorReading";
        var exchange = "Messaging.RabbitMq.Tests.Contracts:SensorReading";

        // A foreign producer: the right content type and message type, a bad body.
        await Broker.PublishRawAsync(vhost.Name, exchange, string.Empty, poison, "application/msgpack", new Dictionary<string, string> { ["MT-MessageType"] = Urn });
        var good = new SensorReading(7, "after the poison");
        await bus.Bus.Publish(good);

        var error = await Broker.TakeOneAsync(vhost.Name, "rmq-sensors_error");
        Assert.Equal(poison, error.Body);
        Assert.EndsWith("." + nameof(WireSerializationException), error.Header("MT-Fault-ExceptionType"), StringComparison.Ordinal);
        var reason = error.Header("MT-Fault-Message");
        Assert.StartsWith($"Cannot read the application/msgpack body as {Urn}: ", reason, StringComparison.Ordinal);
        Assert.Contains("field 0 (Sensor)", reason, StringComparison.Ordinal);
        var call = await probe.WaitOneAsync("sensors");
        Assert.Equal(good, call.Message);
        Assert.Single(probe.Calls("sensors"));
    }
}
