using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class NilAndBooleanFormatTests
{
    [Fact]
    public void Nil_is_written_as_c0_and_read_back()
    {
        Assert.Equal("c0", MsgPack.WriteHex((ref WireWriter w) => w.WriteNil()));
        Assert.Equal(WireType.Nil, MsgPack.Read("c0", (ref WireReader r) =>
        {
            var type = r.NextType;
            r.ReadNil();
            return type;
        }));
    }

    [Theory]
    [InlineData(false, "c2")]
    [InlineData(true, "c3")]
    public void Boolean_is_written_as_c2_or_c3_and_read_back(bool value, string hex)
    {
        Assert.Equal(hex, MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadBoolean()));
    }

    [Fact]
    public void TryReadNil_consumes_a_nil_and_nothing_else()
    {
        var reader = new WireReader(MsgPack.FromHex("c0 01"));

        Assert.True(reader.TryReadNil());
        Assert.Equal(1, reader.Position);
        Assert.False(reader.TryReadNil());
        Assert.Equal(1, reader.Position);
        Assert.Equal(1, reader.ReadInt32());
        Assert.False(reader.TryReadNil());
    }

    [Fact]
    public void Null_string_and_null_byte_array_are_written_as_nil_and_read_back_as_null()
    {
        Assert.Equal("c0c0", MsgPack.WriteHex((ref WireWriter w) =>
        {
            w.Write((string?)null);
            w.Write((byte[]?)null);
        }));

        var reader = new WireReader(MsgPack.FromHex("c0 c0"));
        Assert.Null(reader.ReadString());
        Assert.Null(reader.ReadBytes());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("c0", "a boolean", "nil")]
    [InlineData("01", "a boolean", "positive fixint")]
    [InlineData("c2", "nil", "false")]
    [InlineData("a0", "nil", "fixstr")]
    public void Wrong_format_fails_naming_what_was_expected_and_found(string hex, string expected, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) =>
        {
            if (expected == "nil")
            {
                r.ReadNil();
            }
            else
            {
                r.ReadBoolean();
            }
        });

        Assert.Equal($"expected {expected}, found {found} at byte 0", ex.Message);
    }
}
