using System;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Robustness;

public class ErrorMessageTests
{
    [Fact]
    public void Reading_an_int32_from_a_string_names_both_and_the_offset()
    {
        var ex = MsgPack.ReadFails("a3 616263", (ref WireReader r) => r.ReadInt32());

        Assert.Equal("expected int32, found fixstr at byte 0", ex.Message);
        Assert.Equal("expected int32, found fixstr", ex.Reason);
        Assert.Equal(0, ex.Offset);
        Assert.Null(ex.MemberPath);
    }

    [Theory]
    [InlineData("int32", "expected int32, found true at byte 5")]
    [InlineData("string", "expected a string, found true at byte 5")]
    [InlineData("bool-then-int64", "expected int64, found nil at byte 6")]
    [InlineData("array", "expected an array, found true at byte 5")]
    [InlineData("map", "expected a map, found true at byte 5")]
    [InlineData("bytes", "expected binary, found true at byte 5")]
    [InlineData("double", "expected a float (float64), found true at byte 5")]
    [InlineData("guid", "expected a string (Guid), found true at byte 5")]
    [InlineData("decimal", "expected a string (decimal), found true at byte 5")]
    [InlineData("timestamp", "expected a timestamp, found true at byte 5")]
    [InlineData("timespan", "expected a duration (int64 ticks), found true at byte 5")]
    [InlineData("extension", "expected an extension, found true at byte 5")]
    public void Wrong_type_after_other_values_reports_the_offset_of_the_offending_byte(string read, string message)
    {
        // 0: fixint 1, 1: fixstr "ab", 4: nil, 5: true, 6: nil
        var ex = MsgPack.ReadFails("01 a2 6162 c0 c3 c0", (ref WireReader r) =>
        {
            r.ReadInt32();
            r.ReadString();
            r.ReadNil();
            switch (read)
            {
                case "int32": r.ReadInt32(); break;
                case "string": r.ReadString(); break;
                case "bool-then-int64": r.ReadBoolean(); r.ReadInt64(); break;
                case "array": r.ReadArrayHeader(); break;
                case "map": r.ReadMapHeader(); break;
                case "bytes": r.ReadBytes(); break;
                case "double": r.ReadDouble(); break;
                case "guid": r.ReadGuid(); break;
                case "decimal": r.ReadDecimal(); break;
                case "timestamp": r.ReadDateTime(); break;
                case "timespan": r.ReadTimeSpan(); break;
                default: r.ReadExtensionHeader(); break;
            }
        });

        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("c1", "expected int32, found the never-used byte 0xc1 at byte 0")]
    [InlineData("e0", "expected a string, found negative fixint at byte 0")]
    [InlineData("ca 00000000", "expected an array, found float32 at byte 0")]
    [InlineData("d8 01 00000000000000000000000000000000", "expected a map, found fixext16 at byte 0")]
    [InlineData("c9 00000000 01", "expected a boolean, found ext32 at byte 0")]
    [InlineData("df 00000000", "expected binary, found map32 at byte 0")]
    public void Each_format_is_named_as_the_specification_spells_it(string hex, string message)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) =>
        {
            switch (message.Split(',')[0])
            {
                case "expected int32": r.ReadInt32(); break;
                case "expected a string": r.ReadString(); break;
                case "expected an array": r.ReadArrayHeader(); break;
                case "expected a map": r.ReadMapHeader(); break;
                case "expected a boolean": r.ReadBoolean(); break;
                default: r.ReadBytes(); break;
            }
        });

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void WithMember_prefixes_the_path_and_keeps_reason_and_offset()
    {
        var inner = MsgPack.ReadFails("01 02 d2 00000001", (ref WireReader r) =>
        {
            r.ReadInt32();
            r.ReadInt32();
            r.ReadString();
        });

        var located = inner.WithMember("OrderLine", 1, "Quantity").WithMember("OrderPlaced", 4, "Lines");

        Assert.Equal("OrderPlaced: field 4 (Lines) > OrderLine: field 1 (Quantity) expected a string, found int32 at byte 2", located.Message);
        Assert.Equal("expected a string, found int32", located.Reason);
        Assert.Equal(2, located.Offset);
        Assert.Equal("OrderPlaced: field 4 (Lines) > OrderLine: field 1 (Quantity)", located.MemberPath);
    }

    [Fact]
    public void Failure_leaves_position_at_the_offending_value_for_a_typed_mismatch()
    {
        var reader = new WireReader(MsgPack.FromHex("01 a1 61"));
        reader.ReadInt32();
        WireSerializationException? failure = null;
        try
        {
            reader.ReadInt32();
        }
        catch (WireSerializationException ex)
        {
            failure = ex;
        }

        Assert.Equal(1, failure?.Offset);
        Assert.Equal(1, reader.Position);
        Assert.Equal("a", reader.ReadString());
    }
}
