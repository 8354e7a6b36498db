using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// One maximum message size: a message up to the broker's default 128 MiB is delivered (RabbitMQ.Client's own default
/// would drop the connection above 64 MiB, on every delivery); one over the limit is refused at publish on both paths;
/// and one over it sent by another producer goes to <c>_error</c> with the reason while the messages behind it are handled.
/// </summary>
public sealed class MessageSizeTests(VirtualHostFixture vhost, ITestOutputHelper output) : IClassFixture<VirtualHostFixture>
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task Message_of_100_MiB_is_delivered_to_its_handler()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var data = new byte[100 * MiB];
        Random.Shared.NextBytes(data);
        var payload = new Payload(Guid.NewGuid(), data);

        await bus.Bus.Publish(payload);

        var summary = (PayloadSummary)(await probe.WaitOneAsync("payloads", c => ((PayloadSummary)c.Message).PayloadId == payload.PayloadId)).Message;
        Assert.Equal(new PayloadSummary(payload.PayloadId, data.Length, Convert.ToHexString(SHA256.HashData(data))), summary);
    }

    [Fact]
    public async Task Message_over_the_limit_is_refused_at_publish_on_both_paths_naming_type_size_and_limit()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe, options: o => o.MaxMessageSize = MiB);
        var tooLarge = new Payload(Guid.NewGuid(), new byte[MiB]);

        var viaBus = await Assert.ThrowsAsync<InvalidOperationException>(() => bus.Bus.Publish(tooLarge));
        var viaPublisher = await Assert.ThrowsAsync<InvalidOperationException>(() => bus.Services.GetRequiredService<IMessagePublisher>().PublishAsync(tooLarge));

        output.WriteLine(viaBus.Message);
        output.WriteLine(viaPublisher.Message);
        var expected = $"Messaging.RabbitMq.Tests.Contracts.Payload is {WireSerializer.Serialize(tooLarge).Length:N0} bytes serialized, " +
                       "over the maximum message size of 1,048,576 bytes (1 MiB) (RabbitMqOptions.MaxMessageSize); it was not published.";
        Assert.StartsWith(expected, viaPublisher.Message, StringComparison.Ordinal);
        Assert.StartsWith(expected, viaBus.Message, StringComparison.Ordinal);

        // Neither reached the queue: a small message published after them is the only one handled.
        var small = new Payload(Guid.NewGuid(), new byte[16]);
        await bus.Bus.Publish(small);
        await probe.WaitOneAsync("payloads");
        Assert.Equal(small.PayloadId, Assert.Single(probe.Calls("payloads")).Message is PayloadSummary s ? s.PayloadId : Guid.Empty);
    }

    [Fact]
    public async Task Message_over_the_consumers_limit_from_another_producer_goes_to_error_and_the_queue_keeps_flowing()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe, options: o => o.MaxMessageSize = MiB);
        await using var raw = await RawPublisher.ConnectAsync(vhost.Name);
        const string Urn = "urn:message:Messaging.RabbitMq.Tests.Contracts:Payload";
        var large = WireSerializer.Serialize(new Payload(Guid.NewGuid(), new byte[2 * MiB]));
        var after = new Payload(Guid.NewGuid(), [1, 2, 3]);

        var largeId = await raw.PublishAsync("rmq.payload", large, "application/msgpack", Urn);
        await raw.PublishAsync("rmq.payload", WireSerializer.Serialize(after), "application/msgpack", Urn);

        var handled = await probe.WaitOneAsync("payloads");
        Assert.Equal(after.PayloadId, ((PayloadSummary)handled.Message).PayloadId);
        var error = await Broker.TakeOneAsync(vhost.Name, "rmq-payloads_error");
        var reason = error.Header("MT-Fault-Message");
        output.WriteLine(reason);
        Assert.Equal(largeId.ToString(), error.Properties.GetProperty("message_id").GetString());
        Assert.Equal(large, error.Body);
        Assert.Equal($"The message ({Urn}) is {large.Length:N0} bytes, over the maximum message size of 1,048,576 bytes (1 MiB) (RabbitMqOptions.MaxMessageSize) " +
                     "that this service handles; it was not read. Its producer must send it smaller, or raise the limit here.", reason);
        Assert.Single(probe.Calls("payloads"));
    }
}
