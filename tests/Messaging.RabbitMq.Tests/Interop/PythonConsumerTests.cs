using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Contracts;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>A generated publisher sends; a pika consumer (samples/python/messaging_wire.py) decodes every field.</summary>
public sealed class PythonConsumerTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Pika_consumer_decodes_every_field_of_a_published_message_into_python_types()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        // The Python consumer owns a queue bound to the message's exchange, as a Python service listening in would.
        await using var python = await PythonPeer.StartReadyAsync("interop_peer.py", "consume", "--url", PythonPeer.Url(vhost.Name),
            "--exchange", "interop.everything", "--queue", "python-everything", "--count", "1");
        // 100 ns past the microsecond: Python's datetime cannot hold it and drops it.
        var message = EverythingValues.Sample with { At = EverythingValues.Sample.At.AddTicks(7) };

        SendContext? sent = null;
        await bus.Bus.Publish(message, context => { sent = context; });

        var decoded = PythonPeer.Parse(await python.CompleteAsync(), "consume").AsArray().Single()!;
        Assert.Equal("urn:message:Messaging.RabbitMq.Tests.Interop.Contracts:Everything", decoded["messageType"]!.GetValue<string>());
        Assert.Equal("application/msgpack", decoded["contentType"]!.GetValue<string>());
        Assert.Equal(sent!.MessageId.ToString(), decoded["messageId"]!.GetValue<string>());
        // No SentTime header: messaging_wire reads the time inside the message id, to the tick.
        Assert.Equal(sent.SentTime!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture), decoded["sentTime"]!.GetValue<string>());

        AssertFields(decoded);
    }

    [Fact]
    public async Task Pika_consumer_decodes_a_message_from_IMessagePublisher_as_it_decodes_one_from_the_bus()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await using var python = await PythonPeer.StartReadyAsync("interop_peer.py", "consume", "--url", PythonPeer.Url(vhost.Name),
            "--exchange", "interop.everything", "--queue", "python-everything-direct", "--count", "1");
        var message = EverythingValues.Sample with { At = EverythingValues.Sample.At.AddTicks(7) };

        var before = DateTime.UtcNow;
        await bus.Services.GetRequiredService<IMessagePublisher>().PublishAsync(message);

        var decoded = PythonPeer.Parse(await python.CompleteAsync(), "consume").AsArray().Single()!;
        Assert.Equal("urn:message:Messaging.RabbitMq.Tests.Interop.Contracts:Everything", decoded["messageType"]!.GetValue<string>());
        Assert.Equal("application/msgpack", decoded["contentType"]!.GetValue<string>());
        Assert.True(Guid.TryParse(decoded["messageId"]!.GetValue<string>(), out _));
        // The message id is a NewId here too: Python reads the sent time out of it.
        var sentTime = DateTime.Parse(decoded["sentTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.InRange(sentTime, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        AssertFields(decoded);
    }

    private static void AssertFields(JsonNode decoded)
    {
        var fields = decoded["fields"]!.AsObject();
        var actual = fields.Select(f => $"{f.Key}: {Compact(f.Value!)}").ToArray();
        Assert.Equal(s_expected.Select(e => Compact(e)), actual);
    }

    private static readonly string[] s_expected =
    [
        """Text: ["str", "Grüße, 世界 😀"]""",
        """Flag: ["bool", true]""",
        """Level: ["int", "200"]""",
        """Delta: ["int", "-100"]""",
        """Temperature: ["int", "-30000"]""",
        """Port: ["int", "60000"]""",
        """Balance: ["int", "-2000000000"]""",
        """Population: ["int", "4000000000"]""",
        """Distance: ["int", "-9000000000000"]""",
        """Checksum: ["int", "18446744073709551615"]""",
        // float64 0.1 and float32 1.5, as IEEE 754 bits: Python reads a float32 as the same double.
        """Ratio: ["float", "3fb999999999999a"]""",
        """Weight: ["float", "3ff8000000000000"]""",
        """Amount: ["Decimal", "12345.670"]""",
        """Id: ["UUID", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"]""",
        """At: ["datetime", "2026-11-21T09:30:15.123456+00:00"]""",
        """Offset: ["datetime", "1969-07-20T18:17:40+00:00"]""",
        """Duration: ["timedelta", [0, 3723, 4]]""",
        """Priority: ["Priority", "URGENT"]""",
        """MissingNumber: ["None", null]""",
        """PresentNumber: ["int", "7"]""",
        """MissingText: ["None", null]""",
        """Tags: ["list", [["str", "red"], ["str", ""], ["str", "blue"]]]""",
        """Numbers: ["list", [["int", "1"], ["int", "-1"], ["int", "65536"], ["int", "-2147483648"]]]""",
        """Counts: ["dict", [[["str", "apples"], ["int", "3"]], [["str", "pears"], ["int", "-4"]]]]""",
        """Names: ["dict", [[["int", "1"], ["str", "one"]], [["int", "1000"], ["str", "thousand"]]]]""",
        """Child: ["dict", [[["str", "Name"], ["str", "child"]], [["str", "Price"], ["Decimal", "0.5"]], [["str", "Sizes"], ["list", [["int", "1"], ["int", "2"]]]]]]""",
        """Parts: ["list", [["dict", [[["str", "Name"], ["str", "a"]], [["str", "Price"], ["Decimal", "1"]], [["str", "Sizes"], ["list", []]]]], ["dict", [[["str", "Name"], ["str", "b"]], [["str", "Price"], ["Decimal", "99.99"]], [["str", "Sizes"], ["list", [["int", "3"]]]]]]]]""",
        """MissingChild: ["None", null]""",
        """Blob: ["bytes", "000102feff"]""",
    ];
    /// <summary>One spelling for a JSON value, whichever way it was written.</summary>
    private static string Compact(JsonNode node) => node.ToJsonString(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static string Compact(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return $"{line[..colon]}: {Compact(JsonNode.Parse(line[(colon + 2)..])!)}";
    }
}
