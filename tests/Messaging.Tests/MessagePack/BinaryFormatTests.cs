using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class BinaryFormatTests
{
    private static byte[] Payload(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7))];

    [Theory]
    [InlineData(0, "bin8", "c4 00")]
    [InlineData(1, "bin8", "c4 01")]
    [InlineData(255, "bin8", "c4 ff")]
    [InlineData(256, "bin16", "c5 0100")]
    [InlineData(65535, "bin16", "c5 ffff")]
    [InlineData(65536, "bin32", "c6 00010000")]
    [InlineData(100000, "bin32", "c6 000186a0")]
    public void Bin_at_a_length_boundary_is_written_with_the_smallest_header_and_read_back(int length, string format, string header)
    {
        var payload = Payload(length);

        var bytes = MsgPack.Write((ref WireWriter w) => w.Write(payload));

        Assert.Equal(format, FormatNames.Of(bytes[0]));
        Assert.True(MsgPack.FromHex(header).Concat(payload).SequenceEqual(bytes), $"expected header {header}, got {MsgPack.ToHex(bytes.AsSpan(0, Math.Min(5, bytes.Length)))}");
        Assert.Equal(bytes, MsgPack.Write((ref WireWriter w) => w.WriteBinary(payload)));
        Assert.Equal(payload, MsgPack.Read(bytes, (ref WireReader r) => r.ReadBytes()));
        Assert.Equal(payload, MsgPack.Read(bytes, (ref WireReader r) => r.ReadBinarySpan().ToArray()));
    }

    [Fact]
    public void Bin_header_then_raw_bytes_equals_writing_the_bin()
    {
        var payload = Payload(300);

        Assert.Equal(
            MsgPack.WriteHex((ref WireWriter w) => w.WriteBinary(payload)),
            MsgPack.WriteHex((ref WireWriter w) =>
            {
                w.WriteBinaryHeader(payload.Length);
                w.WriteRaw(payload.AsSpan(0, 100));
                w.WriteRaw(payload.AsSpan(100));
            }));
    }

    [Theory]
    [InlineData("a3 616263", "616263")]
    [InlineData("d9 03 616263", "616263")]
    [InlineData("a0", "")]
    public void Str_is_read_as_bytes_for_producers_of_the_old_raw_type(string hex, string payload)
    {
        Assert.Equal(payload, MsgPack.ToHex(MsgPack.Read(hex, (ref WireReader r) => r.ReadBytes())));
    }

    [Theory]
    [InlineData("01", "positive fixint")]
    [InlineData("c3", "true")]
    [InlineData("91 c0", "fixarray")]
    [InlineData("d4 01 00", "fixext1")]
    public void Non_binary_fails_naming_what_was_found(string hex, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadBytes());

        Assert.Equal($"expected binary, found {found} at byte 0", ex.Message);
    }
}
