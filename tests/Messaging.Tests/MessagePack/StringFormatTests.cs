using System;
using System.Linq;
using System.Text;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class StringFormatTests
{
    // A string of exactly byteLength UTF-8 bytes built from one repeated character of 1 to 4 bytes.
    private static string OfUtf8Length(int byteLength, string unit)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        Assert.Equal(0, byteLength % unitBytes);
        return string.Concat(Enumerable.Repeat(unit, byteLength / unitBytes));
    }

    [Theory]
    [InlineData(0, "a", "fixstr", "a0")]
    [InlineData(1, "a", "fixstr", "a1")]
    [InlineData(31, "a", "fixstr", "bf")]
    [InlineData(32, "a", "str8", "d9 20")]
    [InlineData(255, "a", "str8", "d9 ff")]
    [InlineData(256, "a", "str16", "da 0100")]
    [InlineData(65535, "a", "str16", "da ffff")]
    [InlineData(65536, "a", "str32", "db 00010000")]
    [InlineData(71680, "a", "str32", "db 00011800")]
    [InlineData(30, "é", "fixstr", "be")]
    [InlineData(32, "é", "str8", "d9 20")]
    [InlineData(30, "€", "fixstr", "be")]
    [InlineData(33, "€", "str8", "d9 21")]
    [InlineData(255, "€", "str8", "d9 ff")]
    [InlineData(258, "€", "str16", "da 0102")]
    [InlineData(65535, "€", "str16", "da ffff")]
    [InlineData(65538, "€", "str32", "db 00010002")]
    [InlineData(28, "😀", "fixstr", "bc")]
    [InlineData(32, "😀", "str8", "d9 20")]
    [InlineData(256, "😀", "str16", "da 0100")]
    [InlineData(65536, "😀", "str32", "db 00010000")]
    [InlineData(71680, "😀", "str32", "db 00011800")]
    public void String_at_a_length_boundary_is_written_with_the_smallest_header_and_read_back(int byteLength, string unit, string format, string header)
    {
        var value = OfUtf8Length(byteLength, unit);
        var expected = MsgPack.FromHex(header).Concat(Encoding.UTF8.GetBytes(value)).ToArray();

        var bytes = MsgPack.Write((ref WireWriter w) => w.Write(value));

        Assert.Equal(format, FormatNames.Of(bytes[0]));
        Assert.True(expected.AsSpan().SequenceEqual(bytes), $"expected header {header}, got {MsgPack.ToHex(bytes.AsSpan(0, Math.Min(5, bytes.Length)))}");
        Assert.Equal(value, MsgPack.Read(bytes, (ref WireReader r) => r.ReadString()));
    }

    // The writer reserves the header for 3 bytes per UTF-16 unit and moves the text down when it turns out
    // shorter; these lengths make the reserved and the final header differ.
    [Theory]
    [InlineData(11, "ab")]
    [InlineData(31, "bf")]
    [InlineData(85, "d9 55")]
    [InlineData(86, "d9 56")]
    [InlineData(21845, "da 5555")]
    [InlineData(21846, "da 5556")]
    public void Ascii_string_that_reserved_a_larger_header_is_moved_down_intact(int length, string header)
    {
        var value = string.Create(length, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        });

        var bytes = MsgPack.Write((ref WireWriter w) => w.Write(value));

        Assert.Equal(MsgPack.Hex(header) + MsgPack.ToHex(Encoding.ASCII.GetBytes(value)), MsgPack.ToHex(bytes));
        Assert.Equal(value, MsgPack.Read(bytes, (ref WireReader r) => r.ReadString()));
    }

    [Theory]
    [InlineData("héllo wörld", "ad 68c3a96c6c6f2077c3b6726c64")]
    [InlineData("€", "a3 e282ac")]
    [InlineData("😀", "a4 f09f9880")]
    [InlineData("a😀b", "a6 61f09f988062")]
    [InlineData("日本語", "a9 e697a5e69cace8aa9e")]
    [InlineData("\0", "a1 00")]
    public void Multibyte_and_surrogate_pair_text_is_written_as_utf8(string value, string hex)
    {
        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadString()));
    }

    [Fact]
    public void Span_of_chars_and_string_write_the_same_bytes()
    {
        const string Value = "Grüße, 世界 😀";

        Assert.Equal(
            MsgPack.WriteHex((ref WireWriter w) => w.Write(Value)),
            MsgPack.WriteHex((ref WireWriter w) => w.Write(Value.AsSpan())));
    }

    [Fact]
    public void Pre_encoded_utf8_is_written_with_a_string_header()
    {
        var utf8 = Encoding.UTF8.GetBytes(new string('x', 40));

        Assert.Equal("d928" + MsgPack.ToHex(utf8), MsgPack.WriteHex((ref WireWriter w) => w.WriteString(utf8)));
        Assert.Equal("d928" + MsgPack.ToHex(utf8), MsgPack.WriteHex((ref WireWriter w) =>
        {
            w.WriteStringHeader(utf8.Length);
            w.WriteRaw(utf8);
        }));
    }

    // Built from code units here: xunit's theory data would not carry a lone surrogate through intact.
    [Theory]
    [InlineData(new[] { 0xd800 })]
    [InlineData(new[] { 0x61, 0xdc00, 0x62 })]
    [InlineData(new[] { 0xde00, 0xd83d })]
    [InlineData(new[] { 0x61, 0x62, 0x63, 0xd83d })]
    public void Lone_surrogate_cannot_be_written_as_a_string(int[] codeUnits)
    {
        var value = new string([.. codeUnits.Select(c => (char)c)]);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new WireWriter(buffer);
        WireSerializationException? failure = null;
        try
        {
            writer.Write(value);
        }
        catch (WireSerializationException ex)
        {
            failure = ex;
        }

        Assert.NotNull(failure);
        Assert.Contains("UTF-8", failure.Message, StringComparison.Ordinal);
        Assert.Equal(-1, failure.Offset);
        writer.Flush();
        Assert.Equal(0, buffer.WrittenCount);
    }

    [Fact]
    public void String_span_is_the_raw_utf8_payload()
    {
        var reader = new WireReader(MsgPack.FromHex("a3 e282ac 01"));

        Assert.Equal("e282ac", MsgPack.ToHex(reader.ReadStringSpan()));
        Assert.Equal(4, reader.Position);
    }

    [Theory]
    [InlineData("d9 03 616263", "abc")]
    [InlineData("da 0003 616263", "abc")]
    [InlineData("db 00000003 616263", "abc")]
    [InlineData("d9 00", "")]
    public void String_in_a_wider_header_than_needed_is_read(string hex, string expected)
    {
        Assert.Equal(expected, MsgPack.Read(hex, (ref WireReader r) => r.ReadString()));
    }

    [Theory]
    [InlineData("01", "positive fixint")]
    [InlineData("c4 01 61", "bin8")]
    [InlineData("90", "fixarray")]
    [InlineData("c3", "true")]
    public void Non_string_fails_naming_what_was_found(string hex, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadString());

        Assert.Equal($"expected a string, found {found} at byte 0", ex.Message);
    }
}
