using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class ExtensionFormatTests
{
    private static byte[] Payload(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(0xa0 + i))];

    [Theory]
    [InlineData(1, "fixext1", "d4 05")]
    [InlineData(2, "fixext2", "d5 05")]
    [InlineData(4, "fixext4", "d6 05")]
    [InlineData(8, "fixext8", "d7 05")]
    [InlineData(16, "fixext16", "d8 05")]
    [InlineData(0, "ext8", "c7 00 05")]
    [InlineData(3, "ext8", "c7 03 05")]
    [InlineData(5, "ext8", "c7 05 05")]
    [InlineData(17, "ext8", "c7 11 05")]
    [InlineData(255, "ext8", "c7 ff 05")]
    [InlineData(256, "ext16", "c8 0100 05")]
    [InlineData(65535, "ext16", "c8 ffff 05")]
    [InlineData(65536, "ext32", "c9 00010000 05")]
    public void Extension_is_written_with_the_smallest_header_for_its_length_and_read_back(int length, string format, string header)
    {
        var payload = Payload(length);

        var bytes = MsgPack.Write((ref WireWriter w) => w.WriteExtension(5, payload));

        Assert.Equal(format, FormatNames.Of(bytes[0]));
        Assert.True(MsgPack.FromHex(header).Concat(payload).SequenceEqual(bytes), $"expected header {header}, got {MsgPack.ToHex(bytes.AsSpan(0, Math.Min(6, bytes.Length)))}");

        var reader = new WireReader(bytes);
        Assert.Equal(WireType.Extension, reader.NextType);
        var read = reader.ReadExtensionHeader();
        Assert.Equal(new WireExtensionHeader(5, length), read);
        Assert.Equal(payload, reader.ReadRaw(read.Length).ToArray());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData(-128, "d4 80 00")]
    [InlineData(-2, "d4 fe 00")]
    [InlineData(0, "d4 00 00")]
    [InlineData(127, "d4 7f 00")]
    public void Extension_type_code_is_a_signed_byte(sbyte typeCode, string hex)
    {
        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.WriteExtension(typeCode, new byte[1])));
        Assert.Equal(typeCode, MsgPack.Read(hex, (ref WireReader r) =>
        {
            var header = r.ReadExtensionHeader();
            r.ReadRaw(header.Length);
            return header.TypeCode;
        }));
    }

    [Fact]
    public void Extension_header_then_raw_payload_equals_writing_the_extension()
    {
        var payload = Payload(40);

        Assert.Equal(
            MsgPack.WriteHex((ref WireWriter w) => w.WriteExtension(42, payload)),
            MsgPack.WriteHex((ref WireWriter w) =>
            {
                w.WriteExtensionHeader(42, payload.Length);
                w.WriteRaw(payload);
            }));
    }

    [Theory]
    [InlineData("c7 01 05 aa", 1)]
    [InlineData("c8 0004 05 aabbccdd", 4)]
    [InlineData("c9 00000002 05 aabb", 2)]
    public void Extension_in_a_wider_header_than_needed_is_read(string hex, int length)
    {
        Assert.Equal(new WireExtensionHeader(5, length), MsgPack.Read(hex, (ref WireReader r) =>
        {
            var header = r.ReadExtensionHeader();
            r.ReadRaw(header.Length);
            return header;
        }));
    }

    [Theory]
    [InlineData("c0", "nil")]
    [InlineData("c4 00", "bin8")]
    [InlineData("01", "positive fixint")]
    public void Non_extension_fails_naming_what_was_found(string hex, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadExtensionHeader());

        Assert.Equal($"expected an extension, found {found} at byte 0", ex.Message);
    }
}
