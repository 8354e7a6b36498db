using System;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class IntegerFormatTests
{
    [Theory]
    [InlineData(0UL, "positive fixint", "00")]
    [InlineData(1UL, "positive fixint", "01")]
    [InlineData(127UL, "positive fixint", "7f")]
    [InlineData(128UL, "uint8", "cc 80")]
    [InlineData(255UL, "uint8", "cc ff")]
    [InlineData(256UL, "uint16", "cd 0100")]
    [InlineData(65535UL, "uint16", "cd ffff")]
    [InlineData(65536UL, "uint32", "ce 00010000")]
    [InlineData(2147483647UL, "uint32", "ce 7fffffff")]
    [InlineData(4294967295UL, "uint32", "ce ffffffff")]
    [InlineData(4294967296UL, "uint64", "cf 0000000100000000")]
    [InlineData(9223372036854775807UL, "uint64", "cf 7fffffffffffffff")]
    [InlineData(18446744073709551615UL, "uint64", "cf ffffffffffffffff")]
    public void Non_negative_integer_at_an_encoding_boundary_is_written_in_the_smallest_unsigned_format(ulong value, string format, string hex)
    {
        var written = MsgPack.Write((ref WireWriter w) => w.Write(value));

        Assert.Equal(format, FormatNames.Of(written[0]));
        Assert.Equal(MsgPack.Hex(hex), MsgPack.ToHex(written));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadUInt64()));
    }

    [Theory]
    [InlineData(-1L, "negative fixint", "ff")]
    [InlineData(-32L, "negative fixint", "e0")]
    [InlineData(-33L, "int8", "d0 df")]
    [InlineData(-128L, "int8", "d0 80")]
    [InlineData(-129L, "int16", "d1 ff7f")]
    [InlineData(-32768L, "int16", "d1 8000")]
    [InlineData(-32769L, "int32", "d2 ffff7fff")]
    [InlineData(-2147483648L, "int32", "d2 80000000")]
    [InlineData(-2147483649L, "int64", "d3 ffffffff7fffffff")]
    [InlineData(-9223372036854775808L, "int64", "d3 8000000000000000")]
    public void Negative_integer_at_an_encoding_boundary_is_written_in_the_smallest_signed_format(long value, string format, string hex)
    {
        var written = MsgPack.Write((ref WireWriter w) => w.Write(value));

        Assert.Equal(format, FormatNames.Of(written[0]));
        Assert.Equal(MsgPack.Hex(hex), MsgPack.ToHex(written));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadInt64()));
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(127L, "7f")]
    [InlineData(128L, "cc 80")]
    [InlineData(255L, "cc ff")]
    [InlineData(256L, "cd 0100")]
    [InlineData(65535L, "cd ffff")]
    [InlineData(65536L, "ce 00010000")]
    [InlineData(4294967295L, "ce ffffffff")]
    [InlineData(4294967296L, "cf 0000000100000000")]
    [InlineData(long.MaxValue, "cf 7fffffffffffffff")]
    public void Non_negative_signed_integer_uses_the_unsigned_formats(long value, string hex)
    {
        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadInt64()));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(127L)]
    [InlineData(128L)]
    [InlineData(255L)]
    [InlineData(256L)]
    [InlineData(32767L)]
    [InlineData(32768L)]
    [InlineData(65535L)]
    [InlineData(65536L)]
    [InlineData(2147483647L)]
    [InlineData(2147483648L)]
    [InlineData(4294967295L)]
    [InlineData(-1L)]
    [InlineData(-32L)]
    [InlineData(-33L)]
    [InlineData(-128L)]
    [InlineData(-129L)]
    [InlineData(-32768L)]
    [InlineData(-32769L)]
    [InlineData(-2147483648L)]
    public void Every_integer_overload_that_holds_the_value_writes_the_same_bytes(long value)
    {
        var expected = MsgPack.WriteHex((ref WireWriter w) => w.Write(value));
        if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((sbyte)value)));
            Assert.Equal((sbyte)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadSByte()));
        }

        if (value is >= byte.MinValue and <= byte.MaxValue)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((byte)value)));
            Assert.Equal((byte)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadByte()));
        }

        if (value is >= short.MinValue and <= short.MaxValue)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((short)value)));
            Assert.Equal((short)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadInt16()));
        }

        if (value is >= ushort.MinValue and <= ushort.MaxValue)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((ushort)value)));
            Assert.Equal((ushort)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadUInt16()));
        }

        if (value is >= int.MinValue and <= int.MaxValue)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((int)value)));
            Assert.Equal((int)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadInt32()));
        }

        if (value is >= uint.MinValue and <= uint.MaxValue)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((uint)value)));
            Assert.Equal((uint)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadUInt32()));
        }

        if (value >= 0)
        {
            Assert.Equal(expected, MsgPack.WriteHex((ref WireWriter w) => w.Write((ulong)value)));
            Assert.Equal((ulong)value, MsgPack.Read(expected, (ref WireReader r) => r.ReadUInt64()));
        }
    }

    // Other producers do not always pick the smallest encoding: a reader takes any encoding whose value fits.
    [Theory]
    [InlineData("cc ff", "int32", 255L)]
    [InlineData("cd ffff", "int32", 65535L)]
    [InlineData("ce 7fffffff", "int32", 2147483647L)]
    [InlineData("cf 000000007fffffff", "int32", 2147483647L)]
    [InlineData("d0 05", "int32", 5L)]
    [InlineData("d3 ffffffffffffffff", "int32", -1L)]
    [InlineData("d3 ffffffff80000000", "int32", -2147483648L)]
    [InlineData("d2 00000001", "uint8", 1L)]
    [InlineData("d3 00000000000000ff", "uint8", 255L)]
    [InlineData("cf 00000000000000ff", "uint8", 255L)]
    [InlineData("cc 7f", "int8", 127L)]
    [InlineData("d1 ff80", "int8", -128L)]
    [InlineData("d2 ffff8000", "int16", -32768L)]
    [InlineData("ce 00007fff", "int16", 32767L)]
    [InlineData("d2 0000ffff", "uint16", 65535L)]
    [InlineData("d0 7f", "uint16", 127L)]
    [InlineData("cf 00000000ffffffff", "uint32", 4294967295L)]
    [InlineData("d3 00000000ffffffff", "uint32", 4294967295L)]
    [InlineData("d3 7fffffffffffffff", "uint64", 9223372036854775807L)]
    [InlineData("cc 80", "int64", 128L)]
    [InlineData("ce ffffffff", "int64", 4294967295L)]
    [InlineData("cf 7fffffffffffffff", "int64", 9223372036854775807L)]
    public void Integer_in_a_wider_encoding_reads_into_a_narrower_type_when_it_fits(string hex, string readAs, long expected)
    {
        Assert.Equal(expected, MsgPack.Read(hex, (ref WireReader r) => ReadAs(ref r, readAs)));
    }

    [Theory]
    [InlineData("cd 012c", "uint8", "300")]
    [InlineData("cc 80", "int8", "128")]
    [InlineData("d1 ff7f", "int8", "-129")]
    [InlineData("ff", "uint8", "-1")]
    [InlineData("cd 8000", "int16", "32768")]
    [InlineData("d2 ffff7fff", "int16", "-32769")]
    [InlineData("ce 00010000", "uint16", "65536")]
    [InlineData("ff", "uint16", "-1")]
    [InlineData("ce 80000000", "int32", "2147483648")]
    [InlineData("d3 ffffffff7fffffff", "int32", "-2147483649")]
    [InlineData("cf ffffffffffffffff", "int32", "18446744073709551615")]
    [InlineData("ff", "uint32", "-1")]
    [InlineData("cf 0000000100000000", "uint32", "4294967296")]
    [InlineData("cf ffffffffffffffff", "int64", "18446744073709551615")]
    [InlineData("cf 8000000000000000", "int64", "9223372036854775808")]
    [InlineData("ff", "uint64", "-1")]
    [InlineData("d3 8000000000000000", "uint64", "-9223372036854775808")]
    public void Integer_that_does_not_fit_the_requested_type_fails_naming_the_value(string hex, string readAs, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) => ReadAs(ref r, readAs));

        Assert.Equal($"expected {readAs}, found {found}, which is out of range at byte 0", ex.Message);
        Assert.Equal(0, ex.Offset);
    }

    [Fact]
    public void Out_of_range_read_consumes_nothing_so_a_wider_read_can_follow()
    {
        var reader = new WireReader(MsgPack.FromHex("cd 012c"));
        WireSerializationException? failure = null;
        try
        {
            reader.ReadByte();
        }
        catch (WireSerializationException ex)
        {
            failure = ex;
        }

        Assert.NotNull(failure);
        Assert.Equal(0, reader.Position);
        Assert.Equal(300, reader.ReadInt32());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("a1 31", "int32", "fixstr")]
    [InlineData("c0", "int64", "nil")]
    [InlineData("c3", "uint8", "true")]
    [InlineData("cb 3ff0000000000000", "int32", "float64")]
    [InlineData("90", "uint64", "fixarray")]
    [InlineData("c4 00", "int16", "bin8")]
    [InlineData("d6 ff 00000000", "int32", "fixext4")]
    public void Non_integer_fails_naming_the_integer_type_and_the_format_found(string hex, string readAs, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) => ReadAs(ref r, readAs));

        Assert.Equal($"expected {readAs}, found {found} at byte 0", ex.Message);
    }

    [Fact]
    public void Integer_after_other_values_reports_its_own_offset_when_it_does_not_fit()
    {
        var ex = MsgPack.ReadFails("01 02 cd 012c", (ref WireReader r) =>
        {
            r.ReadInt32();
            r.ReadInt32();
            r.ReadByte();
        });

        Assert.Equal("expected uint8, found 300, which is out of range at byte 2", ex.Message);
        Assert.Equal(2, ex.Offset);
        Assert.Equal("expected uint8, found 300, which is out of range", ex.Reason);
    }

    private static long ReadAs(ref WireReader reader, string type) => type switch
    {
        "int8" => reader.ReadSByte(),
        "uint8" => reader.ReadByte(),
        "int16" => reader.ReadInt16(),
        "uint16" => reader.ReadUInt16(),
        "int32" => reader.ReadInt32(),
        "uint32" => reader.ReadUInt32(),
        "int64" => reader.ReadInt64(),
        "uint64" => unchecked((long)reader.ReadUInt64()),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
