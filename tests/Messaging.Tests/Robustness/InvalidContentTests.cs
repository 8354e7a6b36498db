using System;
using System.Text;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Robustness;

public class InvalidContentTests
{
    [Theory]
    [InlineData("a1 ff")]
    [InlineData("a1 80")]
    [InlineData("a2 c328")]
    [InlineData("a2 c080")]
    [InlineData("a3 e08080")]
    [InlineData("a3 eda080")]
    [InlineData("a1 e2")]
    [InlineData("a2 e282")]
    [InlineData("a4 f4908080")]
    [InlineData("a5 6162 ff 6364")]
    [InlineData("d9 03 e282e2")]
    public void Invalid_utf8_in_a_string_fails_with_the_offset_of_the_string(string stringHex)
    {
        var input = MsgPack.FromHex("01 " + stringHex);

        var ex = MsgPack.ReadFails(input, (ref WireReader r) =>
        {
            r.ReadInt32();
            r.ReadString();
        });

        Assert.Equal("expected a string, found invalid UTF-8 at byte 1", ex.Message);
        Assert.IsType<DecoderFallbackException>(ex.InnerException);
    }

    [Fact]
    public void Invalid_utf8_is_still_skipped_and_returned_as_raw_bytes()
    {
        var reader = new WireReader(MsgPack.FromHex("a2 c328 a2 c328"));

        reader.Skip();
        Assert.Equal("c328", MsgPack.ToHex(reader.ReadStringSpan()));
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("skip", "expected a value, found the never-used byte 0xc1 at byte 0")]
    [InlineData("int32", "expected int32, found the never-used byte 0xc1 at byte 0")]
    [InlineData("string", "expected a string, found the never-used byte 0xc1 at byte 0")]
    [InlineData("nil", "expected nil, found the never-used byte 0xc1 at byte 0")]
    [InlineData("generic", "expected a value, found the never-used byte 0xc1 at byte 0")]
    public void Never_used_byte_c1_is_rejected_by_every_read(string read, string message)
    {
        var ex = MsgPack.ReadFails("c1", (ref WireReader r) =>
        {
            switch (read)
            {
                case "skip": r.Skip(); break;
                case "int32": r.ReadInt32(); break;
                case "string": r.ReadString(); break;
                case "nil": r.ReadNil(); break;
                default: SpecCodec.Read(ref r); break;
            }
        });

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Never_used_byte_c1_inside_a_collection_is_reported_where_it_is()
    {
        var ex = MsgPack.ReadFails("93 01 02 c1", (ref WireReader r) => r.Skip());

        Assert.Equal("expected a value, found the never-used byte 0xc1 at byte 3", ex.Message);
        Assert.Equal(WireType.Unknown, new WireReader(MsgPack.FromHex("c1")).NextType);
    }

    [Theory]
    [InlineData("d7 ff ee6b280000000000", 1_000_000_000u)]
    [InlineData("d7 ff fffffffc00000000", 1_073_741_823u)]
    [InlineData("c7 0c ff 3b9aca00 0000000000000000", 1_000_000_000u)]
    [InlineData("c7 0c ff ffffffff 0000000000000000", 4_294_967_295u)]
    public void Timestamp_with_nanoseconds_of_a_second_or_more_is_rejected(string hex, uint nanoseconds)
    {
        var ex = MsgPack.ReadFails("c0 " + hex, (ref WireReader r) =>
        {
            r.ReadNil();
            r.ReadDateTime();
        });

        Assert.Equal($"timestamp nanoseconds {nanoseconds} exceed 999999999 at byte 1", ex.Message);
    }

    [Fact]
    public void Timestamp_with_999999999_nanoseconds_is_accepted()
    {
        Assert.Equal(
            DateTime.UnixEpoch.AddTicks(9_999_999),
            MsgPack.Read("d7 ff ee6b27fc00000000", (ref WireReader r) => r.ReadDateTime()));
    }
}
