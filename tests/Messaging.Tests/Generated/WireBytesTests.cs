using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Exact bytes of whole messages. The expected hex was produced independently, by Python's
/// <c>msgpack.packb(..., use_bin_type=True)</c> over the same values as nested lists.
/// </summary>
public sealed class WireBytesTests
{
    [Fact]
    public void Order_line_is_an_array_in_key_order_with_the_smallest_encodings()
    {
        // fixarray(3), fixstr "a", positive fixint 2, fixstr "1.5"
        Assert.Equal("93a16102a3312e35", Wire.Hex(new OrderLine("a", 2, 1.5m)));
    }

    [Fact]
    public void Rich_order_with_nested_lines_timestamp_map_and_bin_has_the_bytes_Python_writes()
    {
        // msgpack.packb([str(uuid), "eu-west", "129.90", "c-42", [["SKU-1", 2, "19.95"], ["SKU-2", 1, "90.00"]],
        //                msgpack.Timestamp(1714979289, 123456000), 1, "SPRING-10", {"channel": "web", "note": ...},
        //                b"\xde\xad\xbe\xef"], use_bin_type=True)
        Assert.Equal(
            "9ad92435663063326231652d386133642d346337662d396532312d366234643361326631633065a765752d77657374a63132392e3930a4632d34329293a5534b552d3102a531392e393593a5534b552d3201a539302e3030d7ff1d6f2800663881d901a9535052494e472d313082a76368616e6e656ca3776562a46e6f7465bb6c656176652061742074686520646f6f7220e28094206d65726369c404deadbeef",
            Wire.Hex(SampleOrders.Rich()));
    }

    [Fact]
    public void Key_gaps_travel_as_nil()
    {
        // Keys 0, 1, 3 and 10: key 2 and keys 4..9 are nil. msgpack.packb(["SKU-1", None, None, "12.50", None × 6, "sale"])
        Assert.Equal(
            "9ba5534b552d31c0c0a531322e3530c0c0c0c0c0c0a473616c65",
            Wire.Hex(new PriceChanged("SKU-1", 12.50m) { OldPrice = null, Reason = "sale" }));

        // A null last key still fills the array to key 10.
        Assert.Equal(
            "9ba5534b552d31c0c0a531322e3530c0c0c0c0c0c0c0",
            Wire.Hex(new PriceChanged("SKU-1", 12.50m)));
    }

    [Fact]
    public void Struct_messages_nest_as_arrays_and_a_null_nullable_struct_as_nil()
    {
        var discounted = new Discounted(
            new Money(10m, "EUR"),
            null,
            [new Money(1.5m, "USD"), default],
            new Point(-1, 1),
            new Coordinates { Latitude = 51.5, Longitude = -0.12 },
            new Point(2, 3));

        // msgpack.packb([["10", "EUR"], None, [["1.5", "USD"], ["0", None]], [-1, 1], [51.5, -0.12], [2, 3]])
        Assert.Equal(
            "9692a23130a3455552c09292a3312e35a355534492a130c092ff0192cb4049c00000000000cbbfbeb851eb851eb8920203",
            Wire.Hex(discounted));
    }

    [Fact]
    public void Read_only_fields_set_by_the_constructor_are_on_the_wire()
    {
        var fields = new ReadOnlyFields("retired", 7);

        var back = Wire.RoundTrip(fields);

        Assert.Equal("92a77265746972656407", Wire.Hex(fields));
        Assert.Equal("retired", back.Name);
        Assert.Equal(7, back.Count);
    }

    [Fact]
    public void Empty_message_null_message_and_message_in_the_global_namespace()
    {
        Assert.Equal("90", Wire.Hex(new Heartbeat()));
        Assert.Equal("c0", Wire.Hex<OrderLine?>(null));
        Assert.Equal("91cd0400", Wire.Hex(new GlobalPing(1024)));
    }

    [Fact]
    public void Serializing_into_a_buffer_writer_that_hands_out_tiny_spans_gives_the_same_bytes()
    {
        var order = SampleOrders.Rich() with { Lines = [.. Enumerable.Range(0, 200).Select(i => new OrderLine(new string('s', i), i, i))] };
        var output = new ExactSizeBufferWriter();

        WireSerializer.Serialize(output, order);

        Assert.Equal(WireSerializer.Serialize(order), output.WrittenBytes);
        Assert.True(output.SpansHandedOut > 100, $"only {output.SpansHandedOut} spans were requested");
    }
}
