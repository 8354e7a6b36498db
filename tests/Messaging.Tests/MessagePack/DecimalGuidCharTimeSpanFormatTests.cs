using System;
using System.Globalization;
using System.Text;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class DecimalGuidCharTimeSpanFormatTests
{
    private static readonly Guid s_guid = new("01234567-89ab-cdef-0123-456789abcdef");

    [Theory]
    [InlineData("12.50", "a5")]
    [InlineData("0", "a1")]
    [InlineData("0.00", "a4")]
    [InlineData("-1", "a2")]
    [InlineData("79228162514264337593543950335", "bd")]
    [InlineData("-79228162514264337593543950335", "be")]
    [InlineData("0.0000000000000000000000000001", "be")]
    [InlineData("-0.0000000000000000000000000001", "bf")]
    [InlineData("-7.9228162514264337593543950335", "bf")]
    [InlineData("1.0000000000000000000000000000", "be")]
    public void Decimal_is_written_as_an_invariant_fixstr_keeping_its_scale(string text, string header)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        var written = MsgPack.Write((ref WireWriter w) => w.Write(value));

        Assert.Equal(header + MsgPack.ToHex(Encoding.ASCII.GetBytes(text)), MsgPack.ToHex(written));
        var read = MsgPack.Read(written, (ref WireReader r) => r.ReadDecimal());
        Assert.Equal(value, read);
        Assert.Equal(text, read.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Decimal_min_and_max_values_round_trip()
    {
        Assert.Equal(decimal.MaxValue, MsgPack.Read(MsgPack.Write((ref WireWriter w) => w.Write(decimal.MaxValue)), (ref WireReader r) => r.ReadDecimal()));
        Assert.Equal(decimal.MinValue, MsgPack.Read(MsgPack.Write((ref WireWriter w) => w.Write(decimal.MinValue)), (ref WireReader r) => r.ReadDecimal()));
    }

    [Fact]
    public void Decimal_is_written_the_same_under_any_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("a53132" + "2e" + "3530", MsgPack.WriteHex((ref WireWriter w) => w.Write(12.50m)));
            Assert.Equal(12.50m, MsgPack.Read("a5 31322e3530", (ref WireReader r) => r.ReadDecimal()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("a3 312e35", "1.5")]
    [InlineData("a4 31653130", "10000000000")]
    [InlineData("a5 2d312e3030", "-1.00")]
    [InlineData("07", "7")]
    [InlineData("d0 80", "-128")]
    [InlineData("cf ffffffffffffffff", "18446744073709551615")]
    [InlineData("cb 3ff8000000000000", "1.5")]
    [InlineData("ca 3fc00000", "1.5")]
    public void Decimal_is_read_from_other_producers_strings_integers_and_floats(string hex, string expected)
    {
        Assert.Equal(decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture), MsgPack.Read(hex, (ref WireReader r) => r.ReadDecimal()));
    }

    [Theory]
    [InlineData("a3 616263", "expected a string (decimal), found a string that is not a decimal number at byte 0")]
    [InlineData("a0", "expected a string (decimal), found a string that is not a decimal number at byte 0")]
    [InlineData("cb 7ff8000000000000", "expected a string (decimal), found the float NaN which no decimal can hold at byte 0")]
    [InlineData("cb 7ff0000000000000", "expected a string (decimal), found the float Infinity which no decimal can hold at byte 0")]
    [InlineData("cb 4630000000000000", "expected a string (decimal), found the float 1.2676506002282294E+30 which no decimal can hold at byte 0")]
    [InlineData("c3", "expected a string (decimal), found true at byte 0")]
    [InlineData("c0", "expected a string (decimal), found nil at byte 0")]
    public void Non_decimal_fails_with_the_reason(string hex, string message)
    {
        Assert.Equal(message, MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadDecimal()).Message);
    }

    [Fact]
    public void Guid_is_written_as_a_36_character_lower_case_str8()
    {
        var written = MsgPack.Write((ref WireWriter w) => w.Write(s_guid));

        Assert.Equal("d924" + MsgPack.ToHex(Encoding.ASCII.GetBytes("01234567-89ab-cdef-0123-456789abcdef")), MsgPack.ToHex(written));
        Assert.Equal(s_guid, MsgPack.Read(written, (ref WireReader r) => r.ReadGuid()));
    }

    [Theory]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("01234567-89AB-CDEF-0123-456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public void Guid_is_read_from_the_hyphenated_and_the_32_digit_forms(string text)
    {
        var bytes = MsgPack.Write((ref WireWriter w) => w.Write(text));

        Assert.Equal(s_guid, MsgPack.Read(bytes, (ref WireReader r) => r.ReadGuid()));
    }

    [Fact]
    public void Guid_is_read_from_16_bytes_of_bin_in_big_endian_order()
    {
        // RFC 4122 byte order, as Python's uuid.UUID(...).bytes gives it.
        Assert.Equal(s_guid, MsgPack.Read("c4 10 0123456789abcdef0123456789abcdef", (ref WireReader r) => r.ReadGuid()));
    }

    [Theory]
    [InlineData("c4 0f 0123456789abcdef0123456789abcd", "expected 16 bytes (Guid), found 15 bytes at byte 0")]
    [InlineData("a3 616263", "expected a string (Guid), found a string that is not a GUID at byte 0")]
    [InlineData("d9 26 7b30313233343536372d383961622d636465662d303132332d3435363738396162636465667d", "expected a string (Guid), found a string that is not a GUID at byte 0")]
    [InlineData("01", "expected a string (Guid), found positive fixint at byte 0")]
    public void Non_guid_fails_with_the_reason(string hex, string message)
    {
        Assert.Equal(message, MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadGuid()).Message);
    }

    [Theory]
    [InlineData('A', "41")]
    [InlineData('\0', "00")]
    [InlineData('\u00e9', "cc e9")]
    [InlineData('\u20ac', "cd 20ac")]
    [InlineData('\ud800', "cd d800")]
    [InlineData('\uffff', "cd ffff")]
    public void Char_is_written_as_its_utf16_code_unit_integer(char value, string hex)
    {
        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadChar()));
    }

    [Theory]
    [InlineData("ce 00010000", "expected a char (uint16), found 65536, which is out of range at byte 0")]
    [InlineData("ff", "expected a char (uint16), found -1, which is out of range at byte 0")]
    [InlineData("a1 41", "expected a char (uint16), found fixstr at byte 0")]
    public void Non_char_fails_with_the_reason(string hex, string message)
    {
        Assert.Equal(message, MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadChar()).Message);
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(-1L, "ff")]
    [InlineData(10_000_000L, "ce 00989680")]
    [InlineData(864_000_000_000L, "cf 000000c92a69c000")]
    [InlineData(-864_000_000_000L, "d3 ffffff36d5964000")]
    [InlineData(long.MaxValue, "cf 7fffffffffffffff")]
    [InlineData(long.MinValue, "d3 8000000000000000")]
    public void TimeSpan_is_written_as_its_tick_count_integer(long ticks, string hex)
    {
        var value = TimeSpan.FromTicks(ticks);

        Assert.Equal(MsgPack.Hex(hex), MsgPack.WriteHex((ref WireWriter w) => w.Write(value)));
        Assert.Equal(value, MsgPack.Read(hex, (ref WireReader r) => r.ReadTimeSpan()));
    }

    [Fact]
    public void TimeSpan_from_an_unsigned_value_above_int64_fails()
    {
        Assert.Equal(
            "expected a duration (int64 ticks), found 9223372036854775808, which is out of range at byte 0",
            MsgPack.ReadFails("cf 8000000000000000", (ref WireReader r) => r.ReadTimeSpan()).Message);
    }
}
