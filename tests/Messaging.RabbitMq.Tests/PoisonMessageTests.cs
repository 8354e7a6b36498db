using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Serialization;
using Messaging.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// Every kind of poison message a foreign producer can send, each between good messages: each lands in the queue's
/// <c>_error</c> queue exactly once with a reason that says what is wrong, and every good message is handled exactly once.
/// </summary>
public sealed class PoisonMessageTests(VirtualHostFixture vhost, ITestOutputHelper output) : IClassFixture<VirtualHostFixture>
{
    private const string Exchange = "rmq.parcel";
    private const string Urn = "urn:message:Messaging.RabbitMq.Tests.Contracts:Parcel";
    private const string MsgPack = "application/msgpack";

    [Fact]
    public async Task Each_poison_message_lands_in_error_once_with_its_reason_and_every_good_message_is_handled_once()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await using var raw = await RawPublisher.ConnectAsync(vhost.Name);
        var counts = new FaultCounts();
        var good = new List<Parcel>();
        var poison = new Dictionary<Guid, string>();

        async Task PublishGoodAsync()
        {
            var parcel = new Parcel(Guid.NewGuid(), good.Count + 1, Doomed: false);
            good.Add(parcel);
            counts.Sent(parcel.ParcelId);
            await raw.PublishAsync(Exchange, WireSerializer.Serialize(parcel), MsgPack, Urn);
            counts.Confirmed(parcel.ParcelId);
        }

        var valid = WireSerializer.Serialize(new Parcel(Guid.NewGuid(), 1, Doomed: false));
        await PublishGoodAsync();
        // Not MessagePack at all: 0xC1 is the one byte MessagePack never uses.
        poison[await raw.PublishAsync(Exchange, [0xC1, 0xFF, 0x00, 0x13], MsgPack, Urn)] = "not MessagePack";
        await PublishGoodAsync();
        // [true, 1, false]: a boolean where the first field, ParcelId, is a Guid.
        poison[await raw.PublishAsync(Exchange, [0x93, 0xC3, 0x01, 0xC2], MsgPack, Urn)] = "wrong field type";
        await PublishGoodAsync();
        poison[await raw.PublishAsync(Exchange, valid, MsgPack, "urn:message:Elsewhere:Unknown")] = "unknown message type";
        await PublishGoodAsync();
        poison[await raw.PublishAsync(Exchange, valid, contentType: null, Urn)] = "no content type";
        await PublishGoodAsync();
        var doomed = new Parcel(Guid.NewGuid(), 99, Doomed: true);
        poison[await raw.PublishAsync(Exchange, WireSerializer.Serialize(doomed), MsgPack, Urn)] = "handler always throws";
        await PublishGoodAsync();

        // One at a time and in order: once the last good message is handled, every poison message before it has been moved.
        await probe.WaitAsync("parcels", good.Count);
        foreach (var call in probe.Calls("parcels"))
        {
            counts.Consumed(((Parcel)call.Message).ParcelId);
            counts.Effect(((Parcel)call.Message).ParcelId);
        }

        var errors = new List<BrokerMessage>();
        var deadline = DateTime.UtcNow + HandlerProbe.Timeout;
        while (errors.Count < poison.Count && DateTime.UtcNow < deadline)
        {
            errors.AddRange(await Broker.TakeAsync(vhost.Name, "rmq-parcels_error", 50));
            if (errors.Count < poison.Count)
            {
                await Task.Delay(100);
            }
        }

        // Nothing further: a poison message moved twice would be here now.
        errors.AddRange(await Broker.TakeAsync(vhost.Name, "rmq-parcels_error", 50));
        var byKind = errors.GroupBy(e => poison.GetValueOrDefault(Guid.Parse(e.Properties.GetProperty("message_id").GetString()!), "unexpected"))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (kind, messages) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{kind} ({messages.Count}): MT-Reason={messages[0].Header("MT-Reason")} MT-Fault-Message={messages[0].Header("MT-Fault-Message")}");
        }

        output.WriteLine($"good: {counts}; poison: sent={poison.Count} in-error={errors.Count} distinct={byKind.Count}");
        Assert.Equal(good.Count, counts.ConsumedCount);
        Assert.Equal(0, counts.Duplicates);
        Assert.Equal(0, counts.Lost);
        Assert.Equal(0, counts.DoubleEffects);
        Assert.Equal(poison.Count, errors.Count);
        Assert.All(poison.Values, kind => Assert.Single(byKind[kind]));
        Assert.All(errors, e => Assert.Equal("fault", e.Header("MT-Reason")));

        Assert.StartsWith($"Cannot read the application/msgpack body as {Urn}: ", Reason(byKind, "not MessagePack"), StringComparison.Ordinal);
        Assert.Contains("field 0 (ParcelId)", Reason(byKind, "wrong field type"), StringComparison.Ordinal);
        Assert.Contains("is of type urn:message:Elsewhere:Unknown, which is not registered on this bus", Reason(byKind, "unknown message type"), StringComparison.Ordinal);
        Assert.Contains("has no content type", Reason(byKind, "no content type"), StringComparison.Ordinal);
        Assert.Contains("content_type property to application/msgpack", Reason(byKind, "no content type"), StringComparison.Ordinal);
        Assert.Equal($"parcel {doomed.ParcelId} is doomed (attempt 2)", Reason(byKind, "handler always throws"));
        Assert.Equal("1", byKind["handler always throws"][0].Header("MT-Fault-RetryCount"));
        // The bodies are moved untouched.
        Assert.Equal(valid, byKind["no content type"][0].Body);
        Assert.Equal(valid, byKind["unknown message type"][0].Body);
    }

    private static string Reason(Dictionary<string, List<BrokerMessage>> byKind, string kind) =>
        byKind[kind][0].Header("MT-Fault-Message") ?? throw new Xunit.Sdk.XunitException($"the {kind} message in _error has no MT-Fault-Message");
}
