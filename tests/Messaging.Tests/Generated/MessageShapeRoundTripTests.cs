using System;
using System.Globalization;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>The shapes users declare: records, classes, structs, keys, inheritance, nesting and recursion.</summary>
public sealed class MessageShapeRoundTripTests
{
    [Fact]
    public void Nested_messages_round_trip()
    {
        var order = SampleOrders.Rich();

        var back = Wire.RoundTrip(order);

        SampleOrders.AssertSame(order, back);
    }

    [Fact]
    public void Null_message_travels_as_nil_and_reads_back_as_null()
    {
        Assert.Equal("c0", Wire.Hex<OrderPlaced?>(null));
        Assert.Null(Wire.Read<OrderPlaced?>("c0"));
    }

    [Fact]
    public void Recursive_message_round_trips_a_tree()
    {
        var tree = new TreeNode("root", [
            new TreeNode("a", [new TreeNode("a1", []), new TreeNode("a2", [new TreeNode("a2x", [])])]),
            new TreeNode("b", []),
            new TreeNode("c", null!),
        ]);

        var back = Wire.RoundTrip(tree);

        Assert.Equal("root", back.Name);
        Assert.Equal(["a", "b", "c"], back.Children.ConvertAll(c => c.Name));
        Assert.Equal("a2x", back.Children[0].Children[1].Children[0].Name);
        Assert.Empty(back.Children[1].Children);
        Assert.Null(back.Children[2].Children);
        Assert.Equal(MsgPack.Hex("92 a474726565 90"), Wire.Hex(new TreeNode("tree", [])));
    }

    [Fact]
    public void Tree_as_deep_as_the_default_depth_limit_allows_round_trips()
    {
        // Each level costs two: the node and its list of children. 32 levels end at depth 64, the default limit.
        var tree = SampleOrders.Chain(32);

        var back = Wire.RoundTrip(tree);

        var depth = 0;
        for (var node = back; node is not null; node = node.Children.Count > 0 ? node.Children[0] : null)
        {
            depth++;
        }

        Assert.Equal(32, depth);
    }

    [Fact]
    public void Message_without_members_is_an_empty_array()
    {
        Assert.Equal("90", Wire.Hex(new Heartbeat()));
        Assert.Equal(new Heartbeat(), Wire.RoundTrip(new Heartbeat()));
        Assert.Equal(new Heartbeat(), Wire.Read<Heartbeat>("93 01 a161 c0"));
    }

    [Fact]
    public void Class_with_init_and_settable_properties_a_field_and_a_required_member_round_trips()
    {
        var profile = new CustomerProfile
        {
            CustomerId = "c-42",
            Email = null,
            LoyaltyPoints = -5,
            IsVip = true,
            RegisteredAt = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Internal = "not on the wire",
        };

        var back = Wire.RoundTrip(profile);

        Assert.Equal("c-42", back.CustomerId);
        Assert.Null(back.Email);
        Assert.Equal(-5, back.LoyaltyPoints);
        Assert.True(back.IsVip);
        Assert.Equal(profile.RegisteredAt, back.RegisteredAt);
        Assert.Null(back.Internal);
        // Computed, get-only, internal and static members are not on the wire: five members, five elements.
        Assert.StartsWith("95a4632d3432c0fbc3d6ff", Wire.Hex(profile), StringComparison.Ordinal);
    }

    [Fact]
    public void Required_members_of_a_positional_record_are_set_through_the_initializer()
    {
        var registration = new Registration("ada") { Email = "ada@example.org", Age = 36 };

        Assert.Equal(registration, Wire.RoundTrip(registration));
        Assert.Equal(MsgPack.Hex("93 a3616461 af616461406578616d706c652e6f7267 24"), Wire.Hex(registration));
    }

    [Fact]
    public void Required_member_set_by_a_SetsRequiredMembers_constructor_round_trips()
    {
        var back = Wire.RoundTrip(new Invitation("X-1"));

        Assert.Equal("X-1", back.Code);
    }

    [Fact]
    public void Explicit_keys_with_gaps_round_trip()
    {
        var change = new PriceChanged("SKU-1", 12.50m) { OldPrice = 9.99m, Reason = "sale" };

        var back = Wire.RoundTrip(change);

        Assert.Equal(change, back);
        Assert.Equal("12.50", back.NewPrice.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Explicit_keys_ignore_whatever_arrives_in_the_gaps()
    {
        // Keys 2 and 4..9 hold values from a producer that still has the retired fields.
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(11);
            w.Write("SKU-1");
            w.WriteNil();
            w.WriteArrayHeader(2);
            w.Write(1);
            w.Write("x");
            w.Write(5m);
            for (var i = 4; i < 10; i++)
            {
                w.WriteMapHeader(1);
                w.Write(i);
                w.Write(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            }

            w.Write("why");
        });

        var back = WireSerializer.Deserialize<PriceChanged>(bytes);

        Assert.Equal(new PriceChanged("SKU-1", 5m) { OldPrice = null, Reason = "why" }, back);
    }

    [Fact]
    public void Type_in_the_global_namespace_round_trips()
    {
        Assert.Equal(new GlobalPing(7), Wire.RoundTrip(new GlobalPing(7)));
        Assert.Equal("9107", Wire.Hex(new GlobalPing(7)));
    }

    [Fact]
    public void Nested_types_round_trip()
    {
        var innermost = new Outer.Deeper.Innermost(new Outer.Inner("in"), 3);

        Assert.Equal(innermost, Wire.RoundTrip(innermost));
        Assert.Equal(MsgPack.Hex("92 91a2696e 03"), Wire.Hex(innermost));
    }

    [Fact]
    public void Keyword_named_members_round_trip()
    {
        var keywords = new Keywords("c", 7) { @namespace = true, @operator = "op" };

        var back = Wire.RoundTrip(keywords);

        Assert.Equal("c", back.@class);
        Assert.Equal(7, back.@event);
        Assert.True(back.@namespace);
        Assert.Equal("op", back.@operator);
        Assert.Equal(MsgPack.Hex("94 a163 07 c3 a26f70"), Wire.Hex(keywords));
    }

    [Fact]
    public void Record_with_constructor_defaults_round_trips_other_values()
    {
        var retry = new RetryScheduled("job", 9, "q", Priority.Low, Temperature.Boiling, 0m, 1m, 0.5, 1.0, 2f, 0, 0, 0, 7, null, null, 'x', 'y', false, "n", Permissions.None);

        Assert.Equal(retry, Wire.RoundTrip(retry));
    }

    [Fact]
    public void Inherited_members_come_first()
    {
        var shipped = new OrderShipped("o-1", "DHL") { EventId = Guid.Empty, OccurredAt = DateTimeOffset.UnixEpoch };

        var back = Wire.RoundTrip(shipped);

        Assert.Equal(shipped, back);
        Assert.Equal(
            MsgPack.Hex("94 d924 3030303030303030 2d 30303030 2d 30303030 2d 30303030 2d 303030303030303030303030 d6ff00000000 a36f2d31 a344484c"),
            Wire.Hex(shipped));
    }

    [Fact]
    public void Overridden_member_keeps_its_base_position()
    {
        var product = new Product { Version = 3, Tag = "t", Name = "n" };

        var back = Wire.RoundTrip(product);

        Assert.Equal(3, back.Version);
        Assert.Equal("t", back.Tag);
        Assert.Equal("n", back.Name);
        Assert.Equal(MsgPack.Hex("93 03 a174 a16e"), Wire.Hex(product));
    }

    [Fact]
    public void Struct_and_record_struct_messages_round_trip_and_nullable_ones_take_nil()
    {
        var discounted = new Discounted(
            new Money(10m, "EUR"),
            null,
            [new Money(1.5m, "USD"), default],
            new Point(-1, 1),
            new Coordinates { Latitude = 51.5, Longitude = -0.12 },
            new Point(2, 3));

        var back = Wire.RoundTrip(discounted);

        Assert.Equal(new Money(10m, "EUR"), back.Price);
        Assert.Null(back.Discount);
        Assert.Equal([new Money(1.5m, "USD"), default], back.History);
        Assert.Equal(new Point(-1, 1), back.Where);
        Assert.Equal(51.5, back.Location.Latitude);
        Assert.Equal(-0.12, back.Location.Longitude);
        Assert.Equal(new Point(2, 3), back.Maybe);
        Assert.Equal(new Money(5m, "GBP"), Wire.RoundTrip(discounted with { Discount = new Money(5m, "GBP") }).Discount);
    }

    [Fact]
    public void Struct_message_at_the_top_level_is_an_array_never_nil()
    {
        Assert.Equal(MsgPack.Hex("92 a3312e35 a3455552"), Wire.Hex(new Money(1.5m, "EUR")));
        Assert.Equal(new Money(1.5m, "EUR"), Wire.RoundTrip(new Money(1.5m, "EUR")));
        Assert.Equal(MsgPack.Hex("92 a130 c0"), Wire.Hex(default(Money)));
        Assert.Equal("Money: expected an array, found nil at byte 0", Wire.FailureOf<Money>("c0"));
    }

    [Fact]
    public void Constructor_with_the_most_matching_parameters_is_used()
    {
        var shipment = new Shipment("DHL", "T-1") { Weight = 12 };

        var back = Wire.RoundTrip(shipment);

        Assert.Equal("DHL", back.Carrier);
        Assert.Equal("T-1", back.Tracking);
        Assert.Equal(12, back.Weight);
    }

    [Fact]
    public void Message_read_through_its_formatter_instance_equals_the_serializer_result()
    {
        var order = SampleOrders.Rich();
        var bytes = WireSerializer.Serialize(order);

        var formatter = WireFormatters.Get<OrderPlaced>();
        var written = MsgPack.Write((ref WireWriter w) => formatter.Serialize(ref w, order));
        var reader = new WireReader(bytes);
        var read = formatter.Deserialize(ref reader);

        Assert.Equal(bytes, written);
        Assert.True(reader.End);
        SampleOrders.AssertSame(order, read);
    }

    [Fact]
    public void Unencodable_string_deep_inside_a_message_fails_to_serialize_with_a_serialization_exception()
    {
        var order = SampleOrders.Rich() with { Lines = [new OrderLine("ok", 1, 1m), new OrderLine("bad \ud800", 1, 1m)] };

        var error = Assert.Throws<WireSerializationException>(() => WireSerializer.Serialize(order));

        // Writing does not name the member the way reading does; the reason is the writer's.
        Assert.Equal("cannot encode the string as UTF-8: it holds a lone surrogate", error.Message);
    }

    [Fact]
    public void Formatters_serve_many_threads_at_once()
    {
        var orders = Enumerable.Range(0, 64).Select(i => SampleOrders.Rich() with { CustomerId = "c-" + i.ToString(CultureInfo.InvariantCulture) }).ToArray();
        var expected = orders.Select(o => Convert.ToHexString(WireSerializer.Serialize(o))).ToArray();

        System.Threading.Tasks.Parallel.For(0, 20_000, i =>
        {
            var order = orders[i % orders.Length];
            var bytes = WireSerializer.Serialize(order);
            Assert.Equal(expected[i % orders.Length], Convert.ToHexString(bytes));
            Assert.Equal(order.CustomerId, WireSerializer.Deserialize<OrderPlaced>(bytes).CustomerId);
        });
    }
}
