#if !NET
// The netstandard2.0 build of the wire core: the few framework APIs it lacks, as C# 14 extension members with the
// same shapes, so the serialization sources stay one text with no #if on the hot paths. net10.0 compiles none of this
// and keeps the framework's vectorized implementations; these run only on hosts without .NET 5+ (e.g. .NET Framework).
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal static class NetStandardPolyfills
    {
        extension(ArgumentNullException)
        {
            public static void ThrowIfNull(object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
            {
                if (argument is null)
                {
                    throw new ArgumentNullException(paramName);
                }
            }
        }

        extension(ArgumentOutOfRangeException)
        {
            public static void ThrowIfNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(paramName, value, "Must not be negative.");
                }
            }

            public static void ThrowIfNegativeOrZero(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException(paramName, value, "Must be positive.");
                }
            }
        }

        extension(DateTime)
        {
            public static DateTime UnixEpoch => new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }

        extension(double)
        {
            public static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
        }

        extension(decimal)
        {
            public static int GetBits(decimal d, Span<int> destination)
            {
                decimal.GetBits(d).CopyTo(destination);
                return 4;
            }

            public static bool TryParse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider, out decimal result)
                => decimal.TryParse(Encoding.UTF8.GetString(utf8Text.ToArray()), style, provider, out result);
        }

        extension(decimal value)
        {
            public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
            {
                _ = format;
                var text = value.ToString(provider);
                if (text.Length > utf8Destination.Length)
                {
                    bytesWritten = 0;
                    return false;
                }

                for (var i = 0; i < text.Length; i++)
                {
                    utf8Destination[i] = (byte)text[i];
                }

                bytesWritten = text.Length;
                return true;
            }
        }

        extension(Guid value)
        {
            public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten)
                => Utf8Formatter.TryFormat(value, utf8Destination, out bytesWritten, 'D');
        }

        extension(Encoding encoding)
        {
            public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());

            public int GetByteCount(ReadOnlySpan<char> chars) => encoding.GetByteCount(chars.ToArray());
        }

        extension(BinaryPrimitives)
        {
            public static float ReadSingleBigEndian(ReadOnlySpan<byte> source)
                => BitConverterCompat.Int32BitsToSingle(BinaryPrimitives.ReadInt32BigEndian(source));

            public static double ReadDoubleBigEndian(ReadOnlySpan<byte> source)
                => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(source));

            public static void WriteSingleBigEndian(Span<byte> destination, float value)
                => BinaryPrimitives.WriteInt32BigEndian(destination, BitConverterCompat.SingleToInt32Bits(value));

            public static void WriteDoubleBigEndian(Span<byte> destination, double value)
                => BinaryPrimitives.WriteInt64BigEndian(destination, BitConverter.DoubleToInt64Bits(value));
        }
    }

    internal static class BitConverterCompat
    {
        public static float Int32BitsToSingle(int value)
        {
            Span<int> bits = [value];
            return Runtime.InteropServices.MemoryMarshal.Cast<int, float>(bits)[0];
        }

        public static int SingleToInt32Bits(float value)
        {
            Span<float> bits = [value];
            return Runtime.InteropServices.MemoryMarshal.Cast<float, int>(bits)[0];
        }
    }
}

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute(string parameterName) : Attribute
    {
        public string ParameterName { get; } = parameterName;
    }
}
#endif
