using System;
using System.Globalization;
using System.Text;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>Booleans, floats, decimals, chars, strings and GUIDs through generated formatters.</summary>
public sealed class ScalarRoundTripTests
{
    [Fact]
    public void Booleans_round_trip_as_true_and_false()
    {
        var message = new MixedScalars(true, false, 0, 0, 0, 'a', Guid.Empty, TimeSpan.Zero);

        var back = Wire.RoundTrip(message);

        Assert.True(back.Yes);
        Assert.False(back.No);
        Assert.StartsWith("98c3c2", Wire.Hex(message), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0000000000000000UL)] // 0.0
    [InlineData(0x8000000000000000UL)] // -0.0
    [InlineData(0x7ff8000000000000UL)] // NaN
    [InlineData(0xfff8000000000000UL)] // NaN with the sign bit (what 0.0 / 0.0 gives on x64)
    [InlineData(0x7ff0000000000001UL)] // a signalling NaN payload
    [InlineData(0x7ff0000000000000UL)] // +Infinity
    [InlineData(0xfff0000000000000UL)] // -Infinity
    [InlineData(0x0000000000000001UL)] // double.Epsilon, the smallest subnormal
    [InlineData(0x7fefffffffffffffUL)] // double.MaxValue
    [InlineData(0xffefffffffffffffUL)] // double.MinValue
    [InlineData(0x3fb999999999999aUL)] // 0.1
    public void Double_round_trips_bit_for_bit_as_float64(ulong bits)
    {
        var value = BitConverter.UInt64BitsToDouble(bits);

        var back = Wire.RoundTrip(new DoubleValue(value));

        Assert.Equal(bits, BitConverter.DoubleToUInt64Bits(back.Value));
        Assert.Equal("91cb" + bits.ToString("x16", CultureInfo.InvariantCulture), Wire.Hex(new DoubleValue(value)));
    }

    [Theory]
    [InlineData(0x00000000U)] // 0.0f
    [InlineData(0x80000000U)] // -0.0f
    [InlineData(0x7fc00000U)] // NaN
    [InlineData(0xffc00000U)] // NaN with the sign bit
    [InlineData(0x7f800001U)] // a signalling NaN payload
    [InlineData(0x7f800000U)] // +Infinity
    [InlineData(0xff800000U)] // -Infinity
    [InlineData(0x00000001U)] // float.Epsilon
    [InlineData(0x7f7fffffU)] // float.MaxValue
    [InlineData(0xff7fffffU)] // float.MinValue
    [InlineData(0x3dcccccdU)] // 0.1f
    public void Single_round_trips_bit_for_bit_as_float32(uint bits)
    {
        var value = BitConverter.UInt32BitsToSingle(bits);

        var back = Wire.RoundTrip(new SingleValue(value));

        Assert.Equal(bits, BitConverter.SingleToUInt32Bits(back.Value));
        Assert.Equal("91ca" + bits.ToString("x8", CultureInfo.InvariantCulture), Wire.Hex(new SingleValue(value)));
    }

    [Fact]
    public void Double_field_reads_a_float32_or_an_integer_from_another_producer()
    {
        Assert.Equal(1.5, Wire.Read<DoubleValue>("91 ca3fc00000").Value);
        Assert.Equal(-7.0, Wire.Read<DoubleValue>("91 f9").Value);
        Assert.Equal(ulong.MaxValue, Wire.Read<DoubleValue>("91 cfffffffffffffffff").Value);
        Assert.Equal(1.5f, Wire.Read<SingleValue>("91 cb3ff8000000000000").Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.50")]
    [InlineData("-1.50")]
    [InlineData("0.00")]
    [InlineData("12345678901234567890.123")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335")]
    public void Decimal_round_trips_as_an_invariant_string_that_keeps_the_scale(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        var back = Wire.RoundTrip(new DecimalValue(value));

        Assert.Equal(decimal.GetBits(value), decimal.GetBits(back.Value));
        Assert.Equal(text, back.Value.ToString(CultureInfo.InvariantCulture));

        // Every decimal fits a fixstr: at most 29 digits, a sign and a point.
        Assert.Equal("91" + MsgPack.ToHex([(byte)(0xa0 | text.Length)]) + MsgPack.ToHex(Encoding.ASCII.GetBytes(text)), Wire.Hex(new DecimalValue(value)));
    }

    [Fact]
    public void Decimal_minimum_and_maximum_round_trip()
    {
        Assert.Equal(decimal.MinValue, Wire.RoundTrip(new DecimalValue(decimal.MinValue)).Value);
        Assert.Equal(decimal.MaxValue, Wire.RoundTrip(new DecimalValue(decimal.MaxValue)).Value);
    }

    [Fact]
    public void Decimal_field_reads_integers_floats_and_exponent_strings_from_other_producers()
    {
        Assert.Equal(100000m, Wire.Read<DecimalValue>("91 d2000186a0").Value);
        Assert.Equal(-3m, Wire.Read<DecimalValue>("91 fd").Value);
        Assert.Equal(18446744073709551615m, Wire.Read<DecimalValue>("91 cfffffffffffffffff").Value);
        Assert.Equal(129.9m, Wire.Read<DecimalValue>("91 cb40603ccccccccccd").Value);
        Assert.Equal(100m, Wire.Read<DecimalValue>("91 a3 316532").Value);
    }

    [Theory]
    [InlineData('\0', "00")]
    [InlineData('a', "61")]
    [InlineData('\u007f', "7f")]
    [InlineData('\u0080', "cc80")]
    [InlineData('é', "cce9")]
    [InlineData('\u0100', "cd0100")]
    [InlineData('\ud800', "cdd800")] // a lone high surrogate: no UTF-8 form, so it travels as its code unit
    [InlineData('\udfff', "cddfff")] // a lone low surrogate
    [InlineData('\uffff', "cdffff")]
    public void Char_round_trips_as_its_utf16_code_unit(char value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new CharValue(value)));
        Assert.Equal(value, Wire.RoundTrip(new CharValue(value)).Value);
    }

    [Fact]
    public void Char_field_rejects_a_string_and_a_code_unit_above_uffff()
    {
        Assert.Equal(
            "CharValue: field 0 (Value) expected a char (uint16), found fixstr at byte 1",
            Wire.FailureOf<CharValue>("91 a161"));
        Assert.Equal(
            "CharValue: field 0 (Value) expected a char (uint16), found 65536, which is out of range at byte 1",
            Wire.FailureOf<CharValue>("91 ce00010000"));
    }

    [Theory]
    [InlineData(null, "c0")]
    [InlineData("", "a0")]
    [InlineData("a", "a161")]
    [InlineData("é", "a2c3a9")]
    [InlineData("😀", "a4f09f9880")]
    [InlineData("\0", "a100")]
    public void Short_strings_round_trip_as_utf8(string? value, string encoded)
    {
        Assert.Equal("91" + encoded, Wire.Hex(new StringValue(value)));
        Assert.Equal(value, Wire.RoundTrip(new StringValue(value)).Value);
    }

    [Theory]
    [InlineData(31, "bf")] // the longest fixstr
    [InlineData(32, "d920")] // the shortest str8
    [InlineData(255, "d9ff")]
    [InlineData(256, "da0100")] // the shortest str16
    [InlineData(65535, "daffff")]
    [InlineData(65536, "db00010000")] // the shortest str32
    [InlineData(70 * 1024, "db00011800")]
    public void Strings_at_each_header_boundary_round_trip(int length, string header)
    {
        var value = new string('x', length);

        var bytes = WireSerializer.Serialize(new StringValue(value));

        Assert.Equal("91" + header, MsgPack.ToHex(bytes.AsSpan(0, 1 + (header.Length / 2))));
        Assert.Equal(1 + (header.Length / 2) + length, bytes.Length);
        Assert.Equal(value, Wire.RoundTrip(new StringValue(value)).Value);
    }

    [Fact]
    public void Unicode_string_of_70_KB_round_trips()
    {
        var builder = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < 70 * 1024)
        {
            builder.Append("héllo wörld — 日本語 😀 ");
        }

        var value = builder.ToString();

        Assert.Equal(value, Wire.RoundTrip(new StringValue(value)).Value);
    }

    [Fact]
    public void String_with_a_lone_surrogate_fails_to_serialize_with_a_serialization_exception()
    {
        Assert.Throws<WireSerializationException>(() => WireSerializer.Serialize(new StringValue("a\ud800b")));
    }

    [Fact]
    public void String_field_rejects_invalid_utf8()
    {
        Assert.Equal(
            "StringValue: field 0 (Value) expected a string, found invalid UTF-8 at byte 1",
            Wire.FailureOf<StringValue>("91 a2 c328"));
    }

    [Fact]
    public void Guid_round_trips_as_its_36_character_lower_case_string()
    {
        var guid = new Guid("0F8FAD5B-D9CB-469F-A165-70867728950E");

        Assert.Equal(
            "91d924" + MsgPack.ToHex(Encoding.ASCII.GetBytes("0f8fad5b-d9cb-469f-a165-70867728950e")),
            Wire.Hex(new GuidValue(guid)));
        Assert.Equal(guid, Wire.RoundTrip(new GuidValue(guid)).Value);
    }

    [Fact]
    public void Empty_maximal_and_random_guids_round_trip()
    {
        var random = Guid.NewGuid();
        var maximal = new Guid("ffffffff-ffff-ffff-ffff-ffffffffffff");

        Assert.Equal(Guid.Empty, Wire.RoundTrip(new GuidValue(Guid.Empty)).Value);
        Assert.Equal(maximal, Wire.RoundTrip(new GuidValue(maximal)).Value);
        Assert.Equal(random, Wire.RoundTrip(new GuidValue(random)).Value);
        Assert.Equal(
            "91d924" + MsgPack.ToHex(Encoding.ASCII.GetBytes("00000000-0000-0000-0000-000000000000")),
            Wire.Hex(new GuidValue(Guid.Empty)));
    }

    [Fact]
    public void Guid_field_reads_upper_case_32_digit_and_16_byte_big_endian_forms()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        string[] forms =
        [
            "91 d924" + MsgPack.ToHex(Encoding.ASCII.GetBytes("0F8FAD5B-D9CB-469F-A165-70867728950E")),
            "91 d920" + MsgPack.ToHex(Encoding.ASCII.GetBytes("0f8fad5bd9cb469fa16570867728950e")),
            "91 c410 0f8fad5bd9cb469fa16570867728950e",
        ];

        Assert.All(forms, hex => Assert.Equal(guid, Wire.Read<GuidValue>(hex).Value));
    }

    [Fact]
    public void Mixed_scalars_round_trip_together()
    {
        var message = new MixedScalars(true, false, float.NaN, -0.0, 12.50m, '\uffff', Guid.NewGuid(), TimeSpan.FromTicks(-1));

        var back = Wire.RoundTrip(message);

        Assert.Equal(message.Id, back.Id);
        Assert.True(float.IsNaN(back.Ratio32));
        Assert.True(double.IsNegative(back.Ratio64) && back.Ratio64 == 0);
        Assert.Equal("12.50", back.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal('\uffff', back.Letter);
        Assert.Equal(TimeSpan.FromTicks(-1), back.Duration);
        Assert.True(back.Yes);
        Assert.False(back.No);
    }
}
