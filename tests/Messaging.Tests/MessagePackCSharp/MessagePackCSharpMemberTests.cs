using System;
using System.Linq;
using System.Text.Json.Nodes;
using MessagePack;
using Messaging.MessagePackCSharp;
using Messaging.Serialization;
using Messaging.Tests.Interop;
using Xunit;

namespace Messaging.Tests.MessagePackCSharp;

/// <summary>
/// Members MessagePack-CSharp formats, inside a generated formatter: each travels as the one value MessagePack-CSharp
/// writes, at its position in the message array, and reads back; Python reads and writes them as plain msgpack.
/// </summary>
public sealed class MessagePackCSharpMemberTests
{
    [Fact]
    public void Message_with_MessagePack_CSharp_members_round_trips_through_the_generated_formatter()
    {
        var shipment = Shipments.Sample();

        var back = WireSerializer.Deserialize<ShipmentBooked>(WireSerializer.Serialize(shipment));

        Assert.Equal(Shipments.Describe(shipment), Shipments.Describe(back));
        Assert.Equal("Berlin", back.From.Label!.Text);
    }

    [Fact]
    public void Each_member_travels_as_the_bytes_MessagePack_CSharp_writes_at_its_position()
    {
        var shipment = Shipments.Sample();
        var bytes = WireSerializer.Serialize(shipment);

        var reader = new WireReader(bytes);
        Assert.Equal(8, reader.ReadArrayHeader());
        Assert.Equal(shipment.ShipmentId, reader.ReadGuid());
        var from = reader.ReadRawValue().ToArray();
        reader.ReadNil();
        var stops = reader.ReadRawValue().ToArray();
        var code = reader.ReadString();
        reader.ReadNil();
        var version = reader.ReadRawValue().ToArray();

        var options = MessagePackCSharpBridge.Options;
        Assert.Equal(MessagePackSerializer.Serialize(shipment.From, options), from);
        Assert.Equal(MessagePackSerializer.Serialize(shipment.Stops, options), stops);
        Assert.Equal("DE-4711", code);
        Assert.Equal(MessagePackSerializer.Serialize(shipment.Version, options), version);
        // The [Message] inside the [MessagePackObject] kept our bytes: [lat, lon, ["Berlin"]].
        Assert.EndsWith(Convert.ToHexString(WireSerializer.Serialize(new Label("Berlin"))), Convert.ToHexString(from), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_MessagePack_CSharp_cannot_read_fails_with_the_field_and_the_byte()
    {
        // [id, "not a point", ...]: the [MessagePackObject] member holds a string.
        var writer = new System.Buffers.ArrayBufferWriter<byte>();
        var wire = new WireWriter(writer);
        wire.WriteArrayHeader(8);
        wire.Write(Guid.Empty);
        wire.Write("not a point");
        wire.Flush();

        var error = Assert.Throws<WireSerializationException>(() => WireSerializer.Deserialize<ShipmentBooked>(writer.WrittenSpan));

        Assert.Equal("ShipmentBooked: field 1 (From)", error.MemberPath);
        Assert.Equal(39, error.Offset);
        Assert.StartsWith("MessagePack-CSharp could not read the value", error.Reason, StringComparison.Ordinal);
        Assert.IsAssignableFrom<MessagePackSerializationException>(error.InnerException!.InnerException);
    }

    [Fact]
    public void A_truncated_member_fails_in_our_reader_before_MessagePack_CSharp_sees_it()
    {
        var bytes = WireSerializer.Serialize(Shipments.Sample());

        var error = Assert.Throws<WireSerializationException>(() => WireSerializer.Deserialize<ShipmentBooked>(bytes.AsSpan(0, 45)));

        Assert.Equal("ShipmentBooked: field 1 (From)", error.MemberPath);
        Assert.Null(error.InnerException!.InnerException);
    }

    [Fact]
    public void Python_reads_the_members_as_plain_msgpack_and_a_Python_producer_is_read_back()
    {
        var shipment = Shipments.Sample();

        var decoded = PythonMsgpack.Unpack([WireSerializer.Serialize(shipment)]).Single();

        var fields = decoded[1]!.AsArray();
        Assert.Equal("""["str","0b3c5e7a-1d2f-4a6b-8c9d-0e1f2a3b4c5d"]""", fields[0]!.ToJsonString());
        var from = fields[1]![1]!.AsArray();
        Assert.Equal(Float64(52.52), from[0]!.ToJsonString());
        Assert.Equal("""["array",[["str","Berlin"]]]""", from[2]!.ToJsonString());
        Assert.Equal("""["nil"]""", fields[2]!.ToJsonString());
        Assert.Equal("""["str","DE-4711"]""", fields[4]!.ToJsonString());
        Assert.Equal("""["str","2.1.7"]""", fields[6]!.ToJsonString());

        // What a Python producer writes: [id, [lat, lon, nil], nil, [], "PY-1", "PY-2", "1.0", nil].
        var spec = JsonNode.Parse($$"""
            ["array", [
                ["str", "00000000-0000-0000-0000-00000000002a"],
                ["array", [{{Float64(1.5)}}, {{Float64(-2.25)}}, ["nil"]]],
                ["nil"],
                ["array", []],
                ["str", "PY-1"],
                ["str", "PY-2"],
                ["str", "1.0"],
                ["nil"]
            ]]
            """)!;
        var fromPython = WireSerializer.Deserialize<ShipmentBooked>(PythonMsgpack.Pack([spec]).Single());

        Assert.Equal("00000000-0000-0000-0000-00000000002a (1.5, -2.25) null [] ParcelCode { Prefix = PY, Number = 1 } ParcelCode { Prefix = PY, Number = 2 } 1.0 ",
            Shipments.Describe(fromPython));
    }

    private static string Float64(double value)
    {
        var bytes = BitConverter.GetBytes(value);
        Array.Reverse(bytes);
        return $"""["float64","{Convert.ToHexString(bytes).ToLowerInvariant()}"]""";
    }
}
