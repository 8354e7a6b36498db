using System;

namespace Messaging.Serialization;

/// <summary>
/// Fast paths for the decimal wire form (an invariant-culture string that keeps the scale). Decimals whose
/// 96-bit mantissa fits 64 bits — every price and quantity in practice — are formatted and parsed here with
/// plain integer arithmetic; the rest fall back to the framework.
/// </summary>
internal static class DecimalText
{
    private const int MaxScale = 28;

    /// <summary>Formats like <c>decimal.ToString(CultureInfo.InvariantCulture)</c>; false when the mantissa needs 96 bits.</summary>
    public static bool TryFormat(decimal value, Span<byte> destination, out int written)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0)
        {
            written = 0;
            return false;
        }

        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xff;
        var negative = bits[3] < 0 && mantissa != 0;

        // At least one digit before the point: 0.05 has scale 2 and mantissa 5, so three digits.
        var digitCount = Math.Max(CountDigits(mantissa), scale + 1);
        var length = digitCount + (negative ? 1 : 0) + (scale > 0 ? 1 : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        // Digits are produced right to left, straight into the destination.
        var position = length;
        for (var i = 0; i < digitCount; i++)
        {
            if (i == scale && scale > 0)
            {
                destination[--position] = (byte)'.';
            }

            var next = mantissa / 10;
            destination[--position] = (byte)('0' + (int)(mantissa - (next * 10)));
            mantissa = next;
        }

        if (negative)
        {
            destination[0] = (byte)'-';
        }

        written = length;
        return true;
    }

    private static int CountDigits(ulong value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    /// <summary>Parses <c>[-+]digits[.digits]</c> of up to 19 significant digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var significant = 0;
        var anyDigit = false;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var digit = (uint)(c - '0');
            if (digit <= 9)
            {
                anyDigit = true;
                if (mantissa != 0 || digit != 0)
                {
                    if (++significant > 19)
                    {
                        return false;
                    }
                }

                mantissa = (mantissa * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (!anyDigit || scale > MaxScale)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
