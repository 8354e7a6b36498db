using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Every integer width through its generated formatter, at its limits and on both sides of every encoding
/// boundary. The expected bytes follow the fixarray(1) header <c>91</c>.
/// </summary>
public sealed class IntegerRoundTripTests
{
    [Theory]
    [InlineData(sbyte.MinValue, "d080")]
    [InlineData(-33, "d0df")]
    [InlineData(-32, "e0")]
    [InlineData(-1, "ff")]
    [InlineData(0, "00")]
    [InlineData(sbyte.MaxValue, "7f")]
    public void SByte_round_trips_in_the_smallest_encoding(sbyte value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new SByteValue(value)));
        Assert.Equal(value, Wire.RoundTrip(new SByteValue(value)).Value);
    }

    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7f")]
    [InlineData(128, "cc80")]
    [InlineData(byte.MaxValue, "ccff")]
    public void Byte_round_trips_in_the_smallest_encoding(byte value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new ByteValue(value)));
        Assert.Equal(value, Wire.RoundTrip(new ByteValue(value)).Value);
    }

    [Theory]
    [InlineData(short.MinValue, "d18000")]
    [InlineData(-129, "d1ff7f")]
    [InlineData(-128, "d080")]
    [InlineData(-33, "d0df")]
    [InlineData(-32, "e0")]
    [InlineData(127, "7f")]
    [InlineData(128, "cc80")]
    [InlineData(255, "ccff")]
    [InlineData(256, "cd0100")]
    [InlineData(short.MaxValue, "cd7fff")]
    public void Int16_round_trips_in_the_smallest_encoding(short value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new Int16Value(value)));
        Assert.Equal(value, Wire.RoundTrip(new Int16Value(value)).Value);
    }

    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7f")]
    [InlineData(128, "cc80")]
    [InlineData(255, "ccff")]
    [InlineData(256, "cd0100")]
    [InlineData(ushort.MaxValue, "cdffff")]
    public void UInt16_round_trips_in_the_smallest_encoding(ushort value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new UInt16Value(value)));
        Assert.Equal(value, Wire.RoundTrip(new UInt16Value(value)).Value);
    }

    [Theory]
    [InlineData(int.MinValue, "d280000000")]
    [InlineData(-32769, "d2ffff7fff")]
    [InlineData(-32768, "d18000")]
    [InlineData(-129, "d1ff7f")]
    [InlineData(-128, "d080")]
    [InlineData(-33, "d0df")]
    [InlineData(-32, "e0")]
    [InlineData(-1, "ff")]
    [InlineData(0, "00")]
    [InlineData(127, "7f")]
    [InlineData(128, "cc80")]
    [InlineData(255, "ccff")]
    [InlineData(256, "cd0100")]
    [InlineData(65535, "cdffff")]
    [InlineData(65536, "ce00010000")]
    [InlineData(int.MaxValue, "ce7fffffff")]
    public void Int32_round_trips_in_the_smallest_encoding(int value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new Int32Value(value)));
        Assert.Equal(value, Wire.RoundTrip(new Int32Value(value)).Value);
    }

    [Theory]
    [InlineData(0U, "00")]
    [InlineData(127U, "7f")]
    [InlineData(128U, "cc80")]
    [InlineData(255U, "ccff")]
    [InlineData(256U, "cd0100")]
    [InlineData(65535U, "cdffff")]
    [InlineData(65536U, "ce00010000")]
    [InlineData(uint.MaxValue, "ceffffffff")]
    public void UInt32_round_trips_in_the_smallest_encoding(uint value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new UInt32Value(value)));
        Assert.Equal(value, Wire.RoundTrip(new UInt32Value(value)).Value);
    }

    [Theory]
    [InlineData(long.MinValue, "d38000000000000000")]
    [InlineData(-2147483649L, "d3ffffffff7fffffff")]
    [InlineData(-2147483648L, "d280000000")]
    [InlineData(-32769L, "d2ffff7fff")]
    [InlineData(-32768L, "d18000")]
    [InlineData(-129L, "d1ff7f")]
    [InlineData(-128L, "d080")]
    [InlineData(-33L, "d0df")]
    [InlineData(-32L, "e0")]
    [InlineData(-1L, "ff")]
    [InlineData(0L, "00")]
    [InlineData(127L, "7f")]
    [InlineData(128L, "cc80")]
    [InlineData(255L, "ccff")]
    [InlineData(256L, "cd0100")]
    [InlineData(65535L, "cdffff")]
    [InlineData(65536L, "ce00010000")]
    [InlineData(4294967295L, "ceffffffff")]
    [InlineData(4294967296L, "cf0000000100000000")]
    [InlineData(long.MaxValue, "cf7fffffffffffffff")]
    public void Int64_round_trips_in_the_smallest_encoding(long value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new Int64Value(value)));
        Assert.Equal(value, Wire.RoundTrip(new Int64Value(value)).Value);
    }

    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(127UL, "7f")]
    [InlineData(128UL, "cc80")]
    [InlineData(255UL, "ccff")]
    [InlineData(256UL, "cd0100")]
    [InlineData(65535UL, "cdffff")]
    [InlineData(65536UL, "ce00010000")]
    [InlineData(4294967295UL, "ceffffffff")]
    [InlineData(4294967296UL, "cf0000000100000000")]
    [InlineData(9223372036854775808UL, "cf8000000000000000")]
    [InlineData(ulong.MaxValue, "cfffffffffffffffff")]
    public void UInt64_round_trips_in_the_smallest_encoding(ulong value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new UInt64Value(value)));
        Assert.Equal(value, Wire.RoundTrip(new UInt64Value(value)).Value);
    }

    [Fact]
    public void Every_width_round_trips_at_its_minimum_and_maximum_in_one_message()
    {
        var minimum = new AllIntegers(sbyte.MinValue, byte.MinValue, short.MinValue, ushort.MinValue, int.MinValue, uint.MinValue, long.MinValue, ulong.MinValue);
        var maximum = new AllIntegers(sbyte.MaxValue, byte.MaxValue, short.MaxValue, ushort.MaxValue, int.MaxValue, uint.MaxValue, long.MaxValue, ulong.MaxValue);

        Assert.Equal(minimum, Wire.RoundTrip(minimum));
        Assert.Equal(maximum, Wire.RoundTrip(maximum));
        Assert.Equal(
            MsgPack.Hex("98 d080 00 d18000 00 d280000000 00 d38000000000000000 00"),
            Wire.Hex(minimum));
        Assert.Equal(
            MsgPack.Hex("98 7f ccff cd7fff cdffff ce7fffffff ceffffffff cf7fffffffffffffff cfffffffffffffffff"),
            Wire.Hex(maximum));
    }

    // Other producers do not all pick the smallest encoding; any encoding whose value fits is read.
    [Theory]
    [InlineData("91 d3 0000000000000005", 5)]
    [InlineData("91 cf 0000000000000005", 5)]
    [InlineData("91 d0 05", 5)]
    [InlineData("91 d1 fffb", -5)]
    [InlineData("91 d3 ffffffff80000000", int.MinValue)]
    [InlineData("91 cf 000000007fffffff", int.MaxValue)]
    public void Int32_field_reads_any_encoding_whose_value_fits(string hex, int expected)
    {
        Assert.Equal(expected, Wire.Read<Int32Value>(hex).Value);
    }

    [Theory]
    [InlineData("91 cd0100", "ByteValue: field 0 (Value) expected uint8, found 256, which is out of range at byte 1")]
    [InlineData("91 ff", "ByteValue: field 0 (Value) expected uint8, found -1, which is out of range at byte 1")]
    public void Byte_field_rejects_a_value_that_does_not_fit(string hex, string message)
    {
        Assert.Equal(message, Wire.FailureOf<ByteValue>(hex));
    }

    [Theory]
    [InlineData("91 cc80", "SByteValue: field 0 (Value) expected int8, found 128, which is out of range at byte 1")]
    [InlineData("91 d1ff7f", "SByteValue: field 0 (Value) expected int8, found -129, which is out of range at byte 1")]
    public void SByte_field_rejects_a_value_that_does_not_fit(string hex, string message)
    {
        Assert.Equal(message, Wire.FailureOf<SByteValue>(hex));
    }

    [Fact]
    public void Int32_field_rejects_a_value_that_does_not_fit()
    {
        Assert.Equal(
            "Int32Value: field 0 (Value) expected int32, found 2147483648, which is out of range at byte 1",
            Wire.FailureOf<Int32Value>("91 ce80000000"));
        Assert.Equal(
            "Int32Value: field 0 (Value) expected int32, found -2147483649, which is out of range at byte 1",
            Wire.FailureOf<Int32Value>("91 d3ffffffff7fffffff"));
    }

    [Fact]
    public void Unsigned_fields_reject_negative_values_and_Int64_rejects_values_above_its_maximum()
    {
        Assert.Equal(
            "UInt64Value: field 0 (Value) expected uint64, found -1, which is out of range at byte 1",
            Wire.FailureOf<UInt64Value>("91 ff"));
        Assert.Equal(
            "UInt32Value: field 0 (Value) expected uint32, found 4294967296, which is out of range at byte 1",
            Wire.FailureOf<UInt32Value>("91 cf0000000100000000"));
        Assert.Equal(
            "Int64Value: field 0 (Value) expected int64, found 9223372036854775808, which is out of range at byte 1",
            Wire.FailureOf<Int64Value>("91 cf8000000000000000"));
    }
}
