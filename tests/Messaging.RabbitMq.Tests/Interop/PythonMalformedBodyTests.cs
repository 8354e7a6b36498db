using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Contracts;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using RabbitMQ.Client;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>A Python producer's unreadable bodies go to the handler queue's <c>_error</c> queue with the reason; nothing stops.</summary>
public sealed class PythonMalformedBodyTests(VirtualHostFixture vhost, ITestOutputHelper output) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Malformed_bodies_from_python_go_to_the_error_queue_with_the_reason_and_later_messages_are_handled()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var url = PythonPeer.Url(vhost.Name);
        // [42]: an int where Everything's first field, Text, is a string.
        const string WrongType = "912a";
        // An array header announcing 3 elements, then one: the body ends early.
        const string Truncated = "93a178";

        var first = await PythonPeer.RunJsonAsync("poison", "--url", url, "--exchange", "interop.everything", "--body-hex", WrongType);
        var second = await PythonPeer.RunJsonAsync("poison", "--url", url, "--exchange", "interop.everything", "--body-hex", Truncated);
        await PythonPeer.RunJsonAsync("produce", "--url", url, "--exchange", "interop.everything");

        // The good message, sent last, is handled: the consumer kept going.
        var call = await probe.WaitOneAsync("interop-everything");
        Assert.Equal(EverythingValues.Sample.Text, Assert.IsType<Everything>(call.Message).Text);

        var errors = await TakeAsync("interop-everything_error", 2);
        var byId = new Dictionary<string, BasicGetResult>();
        foreach (var error in errors)
        {
            byId[error.BasicProperties.MessageId!] = error;
        }

        var wrongType = byId[first["messageId"]!.GetValue<string>()];
        Assert.Equal(Convert.FromHexString(WrongType), wrongType.Body.ToArray());
        Assert.Equal("application/msgpack", wrongType.BasicProperties.ContentType);
        var reason = Header(wrongType, "MT-Fault-Message");
        output.WriteLine(reason);
        Assert.Contains("Everything", reason, StringComparison.Ordinal);
        Assert.Contains("field 0 (Text)", reason, StringComparison.Ordinal);
        Assert.Equal("fault", Header(wrongType, "MT-Reason"));

        var truncated = byId[second["messageId"]!.GetValue<string>()];
        Assert.Equal(Convert.FromHexString(Truncated), truncated.Body.ToArray());
        output.WriteLine(Header(truncated, "MT-Fault-Message"));
        Assert.Contains("Everything", Header(truncated, "MT-Fault-Message"), StringComparison.Ordinal);
        Assert.EndsWith("WireSerializationException", Header(truncated, "MT-Fault-ExceptionType"), StringComparison.Ordinal);

        // Only the good message reached the handler.
        Assert.Single(probe.Calls("interop-everything"));
    }

    private static string Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString() ?? ""
            : throw new Xunit.Sdk.XunitException($"the error message has no {name} header");

    private async Task<List<BasicGetResult>> TakeAsync(string queue, int count)
    {
        var factory = new ConnectionFactory
        {
            HostName = Broker.Host,
            Port = Broker.Port,
            UserName = Broker.UserName,
            Password = Broker.Password,
            VirtualHost = vhost.Name,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var taken = new List<BasicGetResult>();
        var deadline = DateTime.UtcNow + HandlerProbe.Timeout;
        while (taken.Count < count && DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                taken.Add(message);
            }
            else
            {
                await Task.Delay(100);
            }
        }

        Assert.True(taken.Count == count, $"{queue} held {taken.Count} of the {count} expected messages after {HandlerProbe.Timeout.TotalSeconds} s");
        return taken;
    }
}
