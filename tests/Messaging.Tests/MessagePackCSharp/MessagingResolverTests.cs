using System;
using System.Collections.Generic;
using MessagePack;
using MessagePack.Resolvers;
using Messaging.MessagePackCSharp;
using Messaging.Serialization;
using Messaging.Tests.Generated;
using Messaging.Tests.Generated.Contracts;
using Xunit;

namespace Messaging.Tests.MessagePackCSharp;

/// <summary>
/// MessagePack-CSharp with <see cref="MessagingResolver"/> writes exactly our bytes for every [Message] type, nested
/// messages, collections and nulls included, and reads our bytes back.
/// </summary>
public sealed class MessagingResolverTests
{
    private static readonly MessagePackSerializerOptions s_options = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create(MessagingResolver.Instance, StandardResolver.Instance));

    public static TheoryData<string> Messages() => ["rich order", "minimal order", "shipment"];

    [Theory]
    [MemberData(nameof(Messages))]
    public void MessagePack_CSharp_writes_our_exact_bytes_and_reads_them_back(string name)
    {
        switch (name)
        {
            case "rich order":
                AssertSameBytes(SampleOrders.Rich());
                break;
            case "minimal order":
                AssertSameBytes(new OrderPlaced(Guid.Empty, "", 0m, "", [], DateTime.UnixEpoch, OrderStatus.Pending, null, [], []));
                break;
            default:
                AssertSameBytes(Shipments.Sample());
                break;
        }
    }

    [Fact]
    public void Collections_and_nulls_of_messages_are_MessagePack_CSharp_arrays_and_maps_of_our_bytes()
    {
        var order = SampleOrders.Rich();
        var ours = WireSerializer.Serialize(order);

        var list = MessagePackSerializer.Serialize(new List<OrderPlaced?> { order, null }, s_options);
        var map = MessagePackSerializer.Serialize(new Dictionary<string, OrderLine> { ["a"] = order.Lines[0] }, s_options);

        Assert.Equal([0x92, .. ours, 0xc0], list);
        Assert.Equal([0x81, 0xa1, (byte)'a', .. WireSerializer.Serialize(order.Lines[0])], map);
        Assert.Equal([0xc0], MessagePackSerializer.Serialize<OrderPlaced?>(null, s_options));
        Assert.Null(MessagePackSerializer.Deserialize<OrderPlaced?>(new byte[] { 0xc0 }, s_options));
        var back = MessagePackSerializer.Deserialize<List<OrderPlaced?>>(list, s_options);
        Assert.Equal(ours, WireSerializer.Serialize(back[0]));
        Assert.Null(back[1]);
    }

    [Fact]
    public void The_resolver_answers_for_messages_only()
    {
        Assert.NotNull(MessagingResolver.Instance.GetFormatter<OrderPlaced>());
        Assert.NotNull(MessagingResolver.Instance.GetFormatter<ShipmentBooked>());
        Assert.Null(MessagingResolver.Instance.GetFormatter<string>());
        Assert.Null(MessagingResolver.Instance.GetFormatter<GeoPoint>());
    }

    [Fact]
    public void Malformed_bytes_fail_with_our_error_inside_MessagePack_CSharp_s()
    {
        var bytes = WireSerializer.Serialize(SampleOrders.Rich());
        bytes[3] = (byte)'z'; // well-formed MessagePack, but the order id is no longer a GUID

        var error = Assert.Throws<MessagePackSerializationException>(() => MessagePackSerializer.Deserialize<OrderPlaced>(bytes, s_options));

        var ours = Assert.IsType<WireSerializationException>(error.InnerException);
        Assert.StartsWith("OrderPlaced: field 0 (OrderId)", ours.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_member_options_read_untrusted_data_and_resolve_messages_first()
    {
        Assert.Same(MessagePackSecurity.UntrustedData, MessagePackCSharpBridge.DefaultOptions.Security);
        Assert.NotNull(MessagePackCSharpBridge.DefaultOptions.Resolver.GetFormatter<Label>());
        Assert.Throws<ArgumentNullException>(() => MessagePackCSharpBridge.Options = null!);
    }

    private static void AssertSameBytes<T>(T message)
    {
        var ours = WireSerializer.Serialize(message);

        Assert.Equal(ours, MessagePackSerializer.Serialize(message, s_options));
        Assert.Equal(ours, WireSerializer.Serialize(MessagePackSerializer.Deserialize<T>(ours, s_options)));
    }
}
