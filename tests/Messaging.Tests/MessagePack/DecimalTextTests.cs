using System;
using System.Globalization;
using System.Text;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

/// <summary>
/// The writer and reader format and parse decimals with their own integer fast path; these tests hold that path to
/// the framework's invariant-culture text, for every scale and for mantissas on both sides of 64 bits.
/// </summary>
public class DecimalTextTests
{
    [Fact]
    public void Decimal_text_matches_the_framework_for_random_values_of_every_scale()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 20_000; i++)
        {
            // Mantissas of 0..96 bits, so both the 64-bit fast path and the fallback are exercised.
            var bits = random.Next(0, 97);
            var lo = RandomBits(random, bits);
            var mid = RandomBits(random, bits - 32);
            var hi = RandomBits(random, bits - 64);
            var value = new decimal(lo, mid, hi, random.Next(2) == 1, (byte)random.Next(0, 29));

            var written = MsgPack.Write((ref WireWriter w) => w.Write(value));
            var text = value.ToString(CultureInfo.InvariantCulture);
            var expectedText = value == 0m ? text.TrimStart('-') : text;

            var reader = new WireReader(written);
            Assert.Equal(expectedText, Encoding.ASCII.GetString(reader.ReadStringSpan()));
            var read = MsgPack.Read(written, (ref WireReader r) => r.ReadDecimal());
            Assert.Equal(expectedText, read.ToString(CultureInfo.InvariantCulture).TrimStart(value == 0m ? '-' : ' '));
        }
    }

    private static int RandomBits(Random random, int bits) =>
        bits <= 0 ? 0 : (int)((uint)random.NextInt64(0, 1L << 32) >> (32 - Math.Min(bits, 32)));

    [Theory]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+12.5")]
    [InlineData("-0.00")]
    [InlineData("00012.30")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("9999999999999999999.9")]
    [InlineData("1e3")]
    [InlineData("-1.5E-2")]
    [InlineData("0.0000000000000000000000000001")]
    public void Decimal_strings_from_other_producers_parse_like_the_framework(string text)
    {
        var bytes = MsgPack.Write((ref WireWriter w) => w.WriteString(Encoding.ASCII.GetBytes(text)));

        var read = MsgPack.Read(bytes, (ref WireReader r) => r.ReadDecimal());

        var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(expected, read);
        Assert.Equal(expected.Scale, read.Scale);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    public void Decimal_strings_that_are_not_numbers_are_rejected(string text)
    {
        var bytes = MsgPack.Write((ref WireWriter w) => w.WriteString(Encoding.ASCII.GetBytes(text)));

        var error = MsgPack.ReadFails(bytes, (ref WireReader r) => r.ReadDecimal());

        Assert.Equal("expected a string (decimal), found a string that is not a decimal number at byte 0", error.Message);
    }
}
