using System;
using System.Buffers.Binary;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class FloatFormatTests
{
    public static TheoryData<float, string> Singles => new()
    {
        { 0f, "ca 00000000" },
        { -0f, "ca 80000000" },
        { 1.5f, "ca 3fc00000" },
        { -2.25f, "ca c0100000" },
        { float.Epsilon, "ca 00000001" },
        { float.MaxValue, "ca 7f7fffff" },
        { float.MinValue, "ca ff7fffff" },
        { float.PositiveInfinity, "ca 7f800000" },
        { float.NegativeInfinity, "ca ff800000" },
        { BitConverter.UInt32BitsToSingle(0x7fc00000), "ca 7fc00000" },
        { BitConverter.UInt32BitsToSingle(0xffc00001), "ca ffc00001" },
    };

    public static TheoryData<double, string> Doubles => new()
    {
        { 0d, "cb 0000000000000000" },
        { -0d, "cb 8000000000000000" },
        { 1.5d, "cb 3ff8000000000000" },
        { 0.1d, "cb 3fb999999999999a" },
        { double.Epsilon, "cb 0000000000000001" },
        { double.MaxValue, "cb 7fefffffffffffff" },
        { double.MinValue, "cb ffefffffffffffff" },
        { double.PositiveInfinity, "cb 7ff0000000000000" },
        { double.NegativeInfinity, "cb fff0000000000000" },
        { BitConverter.UInt64BitsToDouble(0x7ff8000000000000), "cb 7ff8000000000000" },
        { BitConverter.UInt64BitsToDouble(0xfff8000000000001), "cb fff8000000000001" },
    };

    [Theory]
    [MemberData(nameof(Singles))]
    public void Float32_is_written_with_its_exact_bits_and_read_back_bit_for_bit(float value, string hex)
    {
        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        var read = MsgPack.Read(hex, (ref WireReader r) => r.ReadSingle());
        Assert.Equal(BitConverter.SingleToUInt32Bits(value), BitConverter.SingleToUInt32Bits(read));
    }

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Float64_is_written_with_its_exact_bits_and_read_back_bit_for_bit(double value, string hex)
    {
        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        var read = MsgPack.Read(hex, (ref WireReader r) => r.ReadDouble());
        Assert.Equal(BitConverter.DoubleToUInt64Bits(value), BitConverter.DoubleToUInt64Bits(read));
    }

    [Fact]
    public void NaN_round_trips_as_NaN_in_both_widths()
    {
        var bytes = MsgPack.Write((ref WireWriter w) =>
        {
            w.Write(float.NaN);
            w.Write(double.NaN);
        });

        Assert.Equal(0xca, bytes[0]);
        Assert.Equal(0xcb, bytes[5]);
        var reader = new WireReader(bytes);
        Assert.True(float.IsNaN(reader.ReadSingle()));
        Assert.True(double.IsNaN(reader.ReadDouble()));
        Assert.True(reader.End);
    }

    [Fact]
    public void Negative_zero_keeps_its_sign()
    {
        Assert.True(float.IsNegative(MsgPack.Read("ca 80000000", (ref WireReader r) => r.ReadSingle())));
        Assert.True(double.IsNegative(MsgPack.Read("cb 8000000000000000", (ref WireReader r) => r.ReadDouble())));
    }

    [Theory]
    [InlineData("ca 3fc00000", 1.5d)]
    [InlineData("ca 7f800000", double.PositiveInfinity)]
    [InlineData("ca 00000001", 1.401298464324817E-45d)]
    [InlineData("00", 0d)]
    [InlineData("7f", 127d)]
    [InlineData("e0", -32d)]
    [InlineData("cd 0100", 256d)]
    [InlineData("d3 8000000000000000", -9.2233720368547758E18d)]
    [InlineData("cf ffffffffffffffff", 1.8446744073709552E19d)]
    public void Double_is_read_from_float32_and_from_any_integer(string hex, double expected)
    {
        Assert.Equal(expected, MsgPack.Read(hex, (ref WireReader r) => r.ReadDouble()));
    }

    [Theory]
    [InlineData("cb 3ff8000000000000", 1.5f)]
    [InlineData("cb 3fb999999999999a", 0.1f)]
    [InlineData("cb 7ff0000000000000", float.PositiveInfinity)]
    [InlineData("cb 47efffffe0000000", float.MaxValue)]
    [InlineData("cb 7fefffffffffffff", float.PositiveInfinity)]
    [InlineData("cd 0100", 256f)]
    [InlineData("ff", -1f)]
    [InlineData("cf ffffffffffffffff", 1.8446744E19f)]
    public void Single_is_read_from_float64_rounded_and_from_any_integer(string hex, float expected)
    {
        Assert.Equal(expected, MsgPack.Read(hex, (ref WireReader r) => r.ReadSingle()));
    }

    [Theory]
    [InlineData("a1 31", "a float (float32)", "fixstr")]
    [InlineData("c0", "a float (float32)", "nil")]
    [InlineData("c3", "a float (float64)", "true")]
    [InlineData("c4 00", "a float (float64)", "bin8")]
    public void Non_number_fails_naming_the_float_type(string hex, string expected, string found)
    {
        var ex = MsgPack.ReadFails(hex, (ref WireReader r) =>
        {
            if (expected.Contains("32", StringComparison.Ordinal))
            {
                r.ReadSingle();
            }
            else
            {
                r.ReadDouble();
            }
        });

        Assert.Equal($"expected {expected}, found {found} at byte 0", ex.Message);
    }

    [Fact]
    public void Float_bytes_are_big_endian()
    {
        var bytes = MsgPack.Write((ref WireWriter w) => w.Write(Math.PI));

        Assert.Equal(Math.PI, BinaryPrimitives.ReadDoubleBigEndian(bytes.AsSpan(1)));
    }
}
