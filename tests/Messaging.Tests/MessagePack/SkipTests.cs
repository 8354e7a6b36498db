using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class SkipTests
{
    [Theory]
    [InlineData("c0")]
    [InlineData("c2")]
    [InlineData("7f")]
    [InlineData("e0")]
    [InlineData("cc ff")]
    [InlineData("cd ffff")]
    [InlineData("ce ffffffff")]
    [InlineData("cf ffffffffffffffff")]
    [InlineData("d0 80")]
    [InlineData("d1 8000")]
    [InlineData("d2 80000000")]
    [InlineData("d3 8000000000000000")]
    [InlineData("ca 3fc00000")]
    [InlineData("cb 3ff8000000000000")]
    [InlineData("a0")]
    [InlineData("a3 919191")]
    [InlineData("d9 02 c0c0")]
    [InlineData("da 0001 dd")]
    [InlineData("db 00000001 dd")]
    [InlineData("c4 02 9191")]
    [InlineData("c5 0001 dc")]
    [InlineData("c6 00000001 de")]
    [InlineData("d4 01 91")]
    [InlineData("d5 01 9191")]
    [InlineData("d6 ff 00000000")]
    [InlineData("d7 ff 0000000000000000")]
    [InlineData("d8 01 91919191919191919191919191919191")]
    [InlineData("c7 00 01")]
    [InlineData("c7 02 01 9191")]
    [InlineData("c8 0001 01 91")]
    [InlineData("c9 00000001 01 91")]
    [InlineData("90")]
    [InlineData("92 01 a1 61")]
    [InlineData("dc 0002 c0 c0")]
    [InlineData("dd 00000001 91 90")]
    [InlineData("80")]
    [InlineData("81 a1 6b 92 c0 c3")]
    [InlineData("de 0001 01 02")]
    [InlineData("df 00000001 80 90")]
    public void Skip_consumes_exactly_one_value_of_every_format(string hex)
    {
        var value = MsgPack.FromHex(hex);
        var bytes = value.Append((byte)0xc3).ToArray();
        var reader = new WireReader(bytes);

        reader.Skip();

        Assert.Equal(value.Length, reader.Position);
        Assert.True(reader.ReadBoolean());
        Assert.True(reader.End);
    }

    [Fact]
    public void ReadRawValue_returns_the_encoded_bytes_of_a_nested_value()
    {
        var nested = MsgPack.Write((ref WireWriter w) =>
        {
            w.WriteMapHeader(2);
            w.Write("items");
            w.WriteArrayHeader(3);
            w.WriteArrayHeader(2);
            w.WriteMapHeader(1);
            w.Write(1);
            w.WriteArrayHeader(0);
            w.WriteBinary([0x91, 0x91, 0x91]);
            w.Write("\u0091\u0092");
            w.WriteExtension(4, [0xdd, 0xff, 0xff, 0xff, 0xff]);
            w.Write("at");
            w.Write(new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(5));
        });
        var bytes = nested.Concat(MsgPack.FromHex("2a")).ToArray();
        var reader = new WireReader(bytes);

        var raw = reader.ReadRawValue();

        Assert.Equal(MsgPack.ToHex(nested), MsgPack.ToHex(raw));
        Assert.Equal(42, reader.ReadInt32());
        Assert.True(reader.End);
    }

    [Fact]
    public void Skip_passes_over_the_whole_sample_document()
    {
        var bytes = SampleDocument.Bytes.Concat(SampleDocument.Bytes).ToArray();
        var reader = new WireReader(bytes);

        reader.Skip();
        Assert.Equal(SampleDocument.Bytes.Length, reader.Position);
        SampleDocument.Read(ref reader);
        Assert.True(reader.End);
    }

    [Fact]
    public void Skip_over_wide_collections_counts_every_element()
    {
        var bytes = MsgPack.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(70_000);
            for (var i = 0; i < 70_000; i++)
            {
                w.WriteMapHeader(1);
                w.Write(i);
                w.Write(i % 2 == 0);
            }

            w.Write("end");
        });
        var reader = new WireReader(bytes);

        reader.Skip();

        Assert.Equal("end", reader.ReadString());
    }

    [Fact]
    public void Skip_then_typed_reads_continue_where_the_skipped_value_ended()
    {
        var reader = new WireReader(MsgPack.FromHex("93 01 02 03 a1 61 92 c0 c2 05"));

        reader.Skip();
        Assert.Equal("a", reader.ReadString());
        var raw = reader.ReadRawValue();
        Assert.Equal("92c0c2", MsgPack.ToHex(raw));
        Assert.Equal(5, reader.ReadInt32());
        Assert.True(reader.End);
    }

    [Fact]
    public void Skip_at_the_end_of_input_fails()
    {
        var ex = MsgPack.ReadFails("01", (ref WireReader r) =>
        {
            r.Skip();
            r.Skip();
        });

        Assert.Equal("expected a value, found end of input at byte 1", ex.Message);
    }
}
