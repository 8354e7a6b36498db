using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class CollectionHeaderFormatTests
{
    [Theory]
    [InlineData(0, "fixarray", "90")]
    [InlineData(1, "fixarray", "91")]
    [InlineData(15, "fixarray", "9f")]
    [InlineData(16, "array16", "dc 0010")]
    [InlineData(65535, "array16", "dc ffff")]
    [InlineData(65536, "array32", "dd 00010000")]
    [InlineData(70000, "array32", "dd 00011170")]
    public void Array_header_at_a_count_boundary_is_written_in_the_smallest_format_and_read_back(int count, string format, string header)
    {
        var written = MsgPack.Write((ref WireWriter w) => w.WriteArrayHeader(count));

        Assert.Equal(format, FormatNames.Of(written[0]));
        Assert.Equal(MsgPack.Hex(header), MsgPack.ToHex(written));

        // The reader only believes a count the remaining bytes can hold, so give it the elements too.
        var bytes = MsgPack.FromHex(header).Concat(Enumerable.Repeat((byte)0xc0, count)).ToArray();
        var reader = new WireReader(bytes);
        Assert.Equal(WireType.Array, reader.NextType);
        Assert.Equal(count, reader.ReadArrayHeader());
        Assert.Equal(MsgPack.FromHex(header).Length, reader.Position);
    }

    [Theory]
    [InlineData(0, "fixmap", "80")]
    [InlineData(1, "fixmap", "81")]
    [InlineData(15, "fixmap", "8f")]
    [InlineData(16, "map16", "de 0010")]
    [InlineData(65535, "map16", "de ffff")]
    [InlineData(65536, "map32", "df 00010000")]
    public void Map_header_at_a_count_boundary_is_written_in_the_smallest_format_and_read_back(int count, string format, string header)
    {
        var written = MsgPack.Write((ref WireWriter w) => w.WriteMapHeader(count));

        Assert.Equal(format, FormatNames.Of(written[0]));
        Assert.Equal(MsgPack.Hex(header), MsgPack.ToHex(written));

        var bytes = MsgPack.FromHex(header).Concat(Enumerable.Repeat((byte)0xc0, 2 * count)).ToArray();
        var reader = new WireReader(bytes);
        Assert.Equal(WireType.Map, reader.NextType);
        Assert.Equal(count, reader.ReadMapHeader());
        Assert.Equal(MsgPack.FromHex(header).Length, reader.Position);
    }

    [Fact]
    public void Array_and_map_contents_follow_their_headers()
    {
        var hex = MsgPack.WriteHex((ref WireWriter w) =>
        {
            w.WriteArrayHeader(3);
            w.Write(1);
            w.Write("a");
            w.WriteMapHeader(1);
            w.Write("k");
            w.Write(true);
        });

        Assert.Equal("9301a16181a16bc3", hex);
        var reader = new WireReader(MsgPack.FromHex(hex));
        Assert.Equal(3, reader.ReadArrayHeader());
        Assert.Equal(1, reader.ReadInt32());
        Assert.Equal("a", reader.ReadString());
        Assert.Equal(1, reader.ReadMapHeader());
        Assert.Equal("k", reader.ReadString());
        Assert.True(reader.ReadBoolean());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("dc 0000", 0)]
    [InlineData("dd 00000001 c0", 1)]
    public void Array_in_a_wider_header_than_needed_is_read(string hex, int count)
    {
        var reader = new WireReader(MsgPack.FromHex(hex));

        Assert.Equal(count, reader.ReadArrayHeader());
    }

    [Theory]
    [InlineData("80", "an array", "fixmap")]
    [InlineData("a0", "an array", "fixstr")]
    [InlineData("c0", "an array", "nil")]
    [InlineData("90", "a map", "fixarray")]
    [InlineData("dc 0000", "a map", "array16")]
    public void Wrong_collection_fails_naming_what_was_found(string hex, string expected, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) =>
        {
            if (expected == "a map")
            {
                r.ReadMapHeader();
            }
            else
            {
                r.ReadArrayHeader();
            }
        });

        Assert.Equal($"expected {expected}, found {found} at byte 0", ex.Message);
    }

    [Fact]
    public void Negative_count_is_rejected_by_the_writer()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MsgPack.Write((ref WireWriter w) => w.WriteArrayHeader(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MsgPack.Write((ref WireWriter w) => w.WriteMapHeader(-1)));
    }
}
