using System;
using System.Globalization;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Contracts;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>A pika producer (samples/python/messaging_wire.py) publishes; a generated handler receives typed values.</summary>
public sealed class PythonProducerTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Pika_message_reaches_the_generated_handler_with_every_field_type_read_right()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        var sent = await PythonPeer.RunJsonAsync("produce", "--url", PythonPeer.Url(vhost.Name), "--exchange", "interop.everything");

        var call = await probe.WaitOneAsync("interop-everything");
        var received = Assert.IsType<Everything>(call.Message);
        var expected = EverythingValues.Sample;
        Assert.Equal(expected.Text, received.Text);
        Assert.Equal(expected.Flag, received.Flag);
        Assert.Equal(expected.Level, received.Level);
        Assert.Equal(expected.Delta, received.Delta);
        Assert.Equal(expected.Temperature, received.Temperature);
        Assert.Equal(expected.Port, received.Port);
        Assert.Equal(expected.Balance, received.Balance);
        Assert.Equal(expected.Population, received.Population);
        Assert.Equal(expected.Distance, received.Distance);
        Assert.Equal(expected.Checksum, received.Checksum);
        Assert.Equal(expected.Ratio, received.Ratio);
        Assert.Equal(expected.Weight, received.Weight);
        // Python's Decimal("12345.670") travels as text and keeps its scale.
        Assert.Equal("12345.670", received.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Id, received.Id);
        Assert.Equal(expected.At, received.At);
        Assert.Equal(DateTimeKind.Utc, received.At.Kind);
        // Python sent 20:17:40+02:00: the instant arrives, the offset does not.
        Assert.Equal(expected.Offset, received.Offset);
        Assert.Equal(TimeSpan.Zero, received.Offset.Offset);
        Assert.Equal(expected.Duration, received.Duration);
        Assert.Equal(Priority.Urgent, received.Priority);
        Assert.Null(received.MissingNumber);
        Assert.Equal(7, received.PresentNumber);
        Assert.Null(received.MissingText);
        Assert.Equal(expected.Tags, received.Tags);
        Assert.Equal(expected.Numbers, received.Numbers);
        Assert.Equal(expected.Counts, received.Counts);
        Assert.Equal(expected.Names, received.Names);
        Assert.Equal(expected.Child.Name, received.Child.Name);
        Assert.Equal(expected.Child.Price, received.Child.Price);
        Assert.Equal(expected.Child.Sizes, received.Child.Sizes);
        Assert.Equal(2, received.Parts.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(expected.Parts[i].Name, received.Parts[i].Name);
            Assert.Equal(expected.Parts[i].Price, received.Parts[i].Price);
            Assert.Equal(expected.Parts[i].Sizes, received.Parts[i].Sizes);
        }

        Assert.Null(received.MissingChild);
        Assert.Equal(expected.Blob, received.Blob);

        // The message id Python set is the one the bus reads.
        Assert.Equal(sent["messageId"]!.GetValue<string>(), call.Headers["MessageId"]?.ToString());
    }
}
