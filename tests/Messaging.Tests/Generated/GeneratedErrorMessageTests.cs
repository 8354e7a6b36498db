using System;
using System.Collections.Generic;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// What a consumer sees when a body does not match its contract: one <see cref="WireSerializationException"/>
/// naming the message type, the field (outermost first), what was expected, what was found and the byte offset.
/// </summary>
/// <remarks>
/// Offsets in <see cref="SampleOrders.Rich"/> (its bytes are in <see cref="WireBytesTests"/>): 0 array header, 1 OrderId (str8, 38 bytes), 39 Region ("eu-west",
/// 8 bytes), 47 Total ("129.90", 7 bytes), 54 CustomerId (5 bytes), 59 Lines header, 60 first line, 74 second line,
/// 88 PlacedAt (10 bytes), 98 Status, 99 CouponCode (10 bytes), 109 Attributes, 155 Signature; 161 bytes in all.
/// </remarks>
public sealed class GeneratedErrorMessageTests
{
    [Fact]
    public void Wrong_type_names_the_message_the_field_and_the_offset()
    {
        // The shape of the example in docs/wire-format.md: a one-letter region puts Total at byte 41.
        var order = SampleOrders.Rich() with { Region = "e" };
        var bytes = Wire.WithElement(order, 2, [0xc3]);

        Assert.Equal(
            "OrderPlaced: field 2 (Total) expected a string (decimal), found true at byte 41",
            Wire.Fails<OrderPlaced>(bytes).Message);
    }

    [Fact]
    public void Int32_where_a_decimal_is_expected_is_read_as_a_number_not_rejected()
    {
        // docs/wire-format.md, CONVENTIONS.md and WireSerializationException's remarks all give
        // "expected a string (decimal), found int32" as the example error, but the reader accepts integers for
        // decimals from other producers (the type mapping table), so that input is never rejected.
        var order = SampleOrders.Rich() with { Region = "e" };
        var bytes = Wire.WithElement(order, 2, [0xd2, 0x00, 0x00, 0x00, 0x29]);

        Assert.Equal(41m, WireSerializer.Deserialize<OrderPlaced>(bytes).Total);
    }

    [Fact]
    public void Wrong_type_in_a_nested_message_names_the_path_from_the_outermost_message()
    {
        var lines = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(2);
            w.WriteArrayHeader(3);
            w.Write("SKU-1");
            w.Write(2);
            w.Write(19.95m);
            w.WriteArrayHeader(3);
            w.Write("SKU-2");
            w.Write("1");
            w.Write(90.00m);
        });

        var error = Wire.Fails<OrderPlaced>(Wire.WithElement(SampleOrders.Rich(), 4, lines));

        Assert.Equal("OrderPlaced: field 4 (Lines) > OrderLine: field 1 (Quantity) expected int32, found fixstr at byte 81", error.Message);
        Assert.Equal("OrderPlaced: field 4 (Lines) > OrderLine: field 1 (Quantity)", error.MemberPath);
        Assert.Equal("expected int32, found fixstr", error.Reason);
        Assert.Equal(81, error.Offset);
    }

    [Fact]
    public void Wrong_type_in_a_struct_message_inside_a_list_names_the_path()
    {
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(3);
            w.WriteArrayHeader(2);
            w.Write(1m);
            w.Write("EUR");
            w.WriteNil();
            w.WriteArrayHeader(1);
            w.WriteArrayHeader(2);
            w.Write(1m);
            w.Write(3);
        });

        Assert.Equal(
            "Discounted: field 2 (History) > Money: field 1 (Currency) expected a string, found positive fixint at byte 13",
            Wire.Fails<Discounted>(bytes).Message);
    }

    [Fact]
    public void Wrong_type_of_the_message_itself_names_only_the_message()
    {
        Assert.Equal("OrderPlaced: expected an array, found fixstr at byte 0", Wire.FailureOf<OrderPlaced>("a161"));
        Assert.Equal("OrderPlaced: expected an array, found fixmap at byte 0", Wire.FailureOf<OrderPlaced>("80"));
    }

    [Fact]
    public void Nested_message_of_the_wrong_type_names_the_outer_field_and_the_inner_message()
    {
        var bytes = Wire.WithElement(SampleOrders.Rich(), 4, Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(1);
            w.Write("not a line");
        }));

        Assert.Equal(
            "OrderPlaced: field 4 (Lines) > OrderLine: expected an array, found fixstr at byte 60",
            Wire.Fails<OrderPlaced>(bytes).Message);
    }

    [Fact]
    public void Truncated_field_names_the_field_and_the_missing_length()
    {
        var bytes = WireSerializer.Serialize(SampleOrders.Rich())[..50];

        Assert.Equal(
            "OrderPlaced: field 2 (Total) string of 6 bytes exceeds the 2 bytes remaining at byte 47",
            Wire.Fails<OrderPlaced>(bytes).Message);
    }

    [Fact]
    public void Input_ending_between_fields_names_the_next_field()
    {
        var bytes = WireSerializer.Serialize(SampleOrders.Rich())[..98];

        Assert.Equal(
            "OrderPlaced: field 6 (Status) expected int32, found end of input at byte 98",
            Wire.Fails<OrderPlaced>(bytes).Message);
    }

    [Fact]
    public void Duplicate_string_key_fails_with_the_key_and_its_offset()
    {
        var attributes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteMapHeader(2);
            w.Write("channel");
            w.Write("web");
            w.Write("channel");
            w.Write("app");
        });

        Assert.Equal(
            "OrderPlaced: field 8 (Attributes) duplicate map key 'channel' at byte 122",
            Wire.Fails<OrderPlaced>(Wire.WithElement(SampleOrders.Rich(), 8, attributes)).Message);
    }

    [Fact]
    public void Duplicate_enum_key_fails_with_the_key_named()
    {
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(4);
            w.WriteNil();
            w.WriteNil();
            w.WriteNil();
            w.WriteMapHeader(2);
            w.Write(0);
            w.WriteArrayHeader(0);
            w.Write(0);
            w.WriteArrayHeader(0);
        });

        Assert.Equal("Maps: field 3 (LinesByColor) duplicate map key 'Red' at byte 7", Wire.Fails<Maps>(bytes).Message);
    }

    [Fact]
    public void Duplicate_key_in_a_dictionary_nested_in_a_list_fails()
    {
        var grids = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(1);
            w.WriteMapHeader(2);
            w.Write("a");
            w.WriteArrayHeader(0);
            w.Write("a");
            w.WriteNil();
        });
        var message = new NestedCollections([], [], [], [], [], null, [], [], [], []);

        Assert.Equal(
            "NestedCollections: field 0 (Grids) duplicate map key 'a' at byte 6",
            Wire.Fails<NestedCollections>(Wire.WithElement(message, 0, grids)).Message);
    }

    [Fact]
    public void Failure_inside_an_unknown_field_names_the_message_and_the_offset()
    {
        // Key 5 is a gap of PriceChanged: its value is skipped, and an invalid one fails with the message type
        // and the offset, though with no member to name.
        Assert.Equal(
            "PriceChanged: expected a value, found the never-used byte 0xc1 at byte 7",
            Wire.FailureOf<PriceChanged>("9b a0 c0 c0 a131 c0 c1 c0 c0 c0 c0 c0"));
    }

    [Fact]
    public void Nil_map_key_fails()
    {
        Assert.Equal("Maps: field 0 (Counts) expected a map key, found nil at byte 2", Wire.FailureOf<Maps>("91 81 c0 01"));
    }

    [Fact]
    public void Trailing_bytes_after_the_message_fail()
    {
        var bytes = WireSerializer.Serialize(SampleOrders.Rich()).Append((byte)0xc0).ToArray();

        Assert.Equal("expected end of input, found 1 trailing bytes at byte 161", Wire.Fails<OrderPlaced>(bytes).Message);
        Assert.Equal("expected end of input, found 2 trailing bytes at byte 1", Wire.FailureOf<Heartbeat>("90 9090"));
    }

    [Fact]
    public void Tree_one_level_deeper_than_the_depth_limit_fails_with_the_depth_message()
    {
        // 33 levels: the 33rd node would be at depth 65. Its array header follows 23 nodes named "32".."10"
        // (5 bytes each: 92, a2 xx xx, 91) and 9 named "9".."1" (4 bytes each) = byte 151.
        var bytes = WireSerializer.Serialize(SampleOrders.Chain(33));

        var error = Wire.Fails<TreeNode>(bytes);

        Assert.Equal(
            string.Concat(Enumerable.Repeat("TreeNode: field 1 (Children) > ", 32)) + "TreeNode: nesting exceeds the maximum depth of 64 at byte 151",
            error.Message);
    }

    [Fact]
    public void Depth_limit_follows_the_reader_options()
    {
        var options = new WireReaderOptions { MaxDepth = 4 };

        var two = WireSerializer.Deserialize<TreeNode>(WireSerializer.Serialize(SampleOrders.Chain(2)), options);
        var error = Wire.Fails<TreeNode>(WireSerializer.Serialize(SampleOrders.Chain(3)), options);

        Assert.Equal("1", two.Name);
        Assert.Equal("TreeNode: field 1 (Children) > TreeNode: field 1 (Children) > TreeNode: nesting exceeds the maximum depth of 4 at byte 8", error.Message);
    }

    [Fact]
    public void Million_level_recursive_input_fails_at_the_depth_limit_without_overflowing_the_stack()
    {
        // ["", [["", [[...]]]]] a million levels deep: each level is 92 a0 91.
        var bytes = new List<byte>();
        for (var i = 0; i < 1_000_000; i++)
        {
            bytes.AddRange([0x92, 0xa0, 0x91]);
        }

        var error = Wire.Fails<TreeNode>(bytes.ToArray());

        Assert.EndsWith("TreeNode: nesting exceeds the maximum depth of 64 at byte 96", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collections_count_towards_the_depth_limit()
    {
        // A field of type int[][] nested inside NestedCollections: the message, the outer and the inner array.
        var message = new NestedCollections([], [[1]], [], [], [], null, [], [], [], []);
        var bytes = WireSerializer.Serialize(message);

        WireSerializer.Deserialize<NestedCollections>(bytes, new WireReaderOptions { MaxDepth = 3 });
        var error = Wire.Fails<NestedCollections>(bytes, new WireReaderOptions { MaxDepth = 2 });

        Assert.Equal("NestedCollections: field 1 (Jagged) nesting exceeds the maximum depth of 2 at byte 3", error.Message);
    }
}
