using System;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Messaging.Serialization;

/// <summary>
/// Reads MessagePack from a span, safely for untrusted input.
/// </summary>
/// <remarks>
/// Every length prefix is checked against the bytes actually remaining before anything is allocated, nesting is
/// bounded by <see cref="WireReaderOptions.MaxDepth"/>, <see cref="Skip"/> is iterative, and every failure is a
/// <see cref="WireSerializationException"/> naming what was expected, what was found and the byte offset.
/// Integers are read from any encoding whose value fits the requested type.
/// After a failed read the position is unspecified: discard the reader, as the generated formatters do.
/// </remarks>
public ref struct WireReader
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // DateTime covers 0001-01-01 .. 9999-12-31T23:59:59.9999999 UTC.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly int _maxDepth;
    private int _position;
    private int _depth;

    /// <summary>Creates a reader over <paramref name="buffer"/> with the default limits.</summary>
    public WireReader(ReadOnlySpan<byte> buffer)
        : this(buffer, WireReaderOptions.Default)
    {
    }

    /// <summary>Creates a reader over <paramref name="buffer"/> with the given limits.</summary>
    public WireReader(ReadOnlySpan<byte> buffer, WireReaderOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDepth, nameof(options));
        _buffer = buffer;
        _maxDepth = options.MaxDepth;
        _position = 0;
        _depth = 0;
    }

    /// <summary>The offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>The number of bytes not read yet.</summary>
    public readonly int Remaining => _buffer.Length - _position;

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool End => _position >= _buffer.Length;

    /// <summary>The current nesting depth (see <see cref="EnterNested"/>).</summary>
    public readonly int Depth => _depth;

    /// <summary>The family of the next value, or <see cref="WireType.Unknown"/> at the end of the input.</summary>
    public readonly WireType NextType => End ? WireType.Unknown : WireCode.TypeOf(_buffer[_position]);

    /// <summary>The format byte of the next value.</summary>
    /// <exception cref="WireSerializationException">The input has ended.</exception>
    public readonly byte NextCode => End ? throw Truncated("a value", 1) : _buffer[_position];

    /// <summary>
    /// Records that a nested message or collection begins; generated formatters call it before reading a message
    /// and <see cref="ExitNested"/> after.
    /// </summary>
    /// <exception cref="WireSerializationException">Nesting exceeds <see cref="WireReaderOptions.MaxDepth"/>.</exception>
    public void EnterNested()
    {
        if (_depth >= _maxDepth)
        {
            throw new WireSerializationException($"nesting exceeds the maximum depth of {_maxDepth}", _position);
        }

        _depth++;
    }

    /// <summary>Records that the nested value begun by <see cref="EnterNested"/> has ended.</summary>
    public void ExitNested() => _depth--;

    /// <summary>Consumes a nil and returns true, or returns false and consumes nothing.</summary>
    public bool TryReadNil()
    {
        if (_position < _buffer.Length && _buffer[_position] == WireCode.Nil)
        {
            _position++;
            return true;
        }

        return false;
    }

    /// <summary>Reads a nil.</summary>
    public void ReadNil()
    {
        if (Peek("nil") != WireCode.Nil)
        {
            throw Unexpected("nil");
        }

        _position++;
    }

    /// <summary>Reads true or false.</summary>
    public bool ReadBoolean()
    {
        switch (Peek("a boolean"))
        {
            case WireCode.True:
                _position++;
                return true;
            case WireCode.False:
                _position++;
                return false;
            default:
                throw Unexpected("a boolean");
        }
    }

    /// <summary>Reads an integer that fits an <see cref="sbyte"/>.</summary>
    public sbyte ReadSByte() => (sbyte)ReadSigned("int8", sbyte.MinValue, sbyte.MaxValue);

    /// <summary>Reads an integer that fits a <see cref="byte"/>.</summary>
    public byte ReadByte() => (byte)ReadUnsigned("uint8", byte.MaxValue);

    /// <summary>Reads an integer that fits a <see cref="short"/>.</summary>
    public short ReadInt16() => (short)ReadSigned("int16", short.MinValue, short.MaxValue);

    /// <summary>Reads an integer that fits a <see cref="ushort"/>.</summary>
    public ushort ReadUInt16() => (ushort)ReadUnsigned("uint16", ushort.MaxValue);

    /// <summary>Reads an integer that fits an <see cref="int"/>.</summary>
    public int ReadInt32()
    {
        // Fast path: positive fixint, the most common integer on the wire.
        if (_position < _buffer.Length && _buffer[_position] <= WireCode.MaxFixInt)
        {
            return _buffer[_position++];
        }

        return (int)ReadSigned("int32", int.MinValue, int.MaxValue);
    }

    /// <summary>Reads an integer that fits a <see cref="uint"/>.</summary>
    public uint ReadUInt32() => (uint)ReadUnsigned("uint32", uint.MaxValue);

    /// <summary>Reads an integer that fits a <see cref="long"/>.</summary>
    public long ReadInt64() => ReadSigned("int64", long.MinValue, long.MaxValue);

    /// <summary>Reads a non-negative integer.</summary>
    public ulong ReadUInt64() => ReadUnsigned("uint64", ulong.MaxValue);

    /// <summary>Reads a char from its UTF-16 code unit (an unsigned integer).</summary>
    public char ReadChar() => (char)ReadUnsigned("a char (uint16)", char.MaxValue);

    /// <summary>Reads a float32, a float64 (rounded) or an integer as a <see cref="float"/>.</summary>
    public float ReadSingle()
    {
        var code = Peek("a float (float32)");
        switch (code)
        {
            case WireCode.Float32:
                Need(5, "float32");
                var value = BinaryPrimitives.ReadSingleBigEndian(_buffer.Slice(_position + 1));
                _position += 5;
                return value;
            case WireCode.Float64:
                return (float)ReadDouble();
            default:
                if (WireCode.TypeOf(code) != WireType.Integer)
                {
                    throw Unexpected("a float (float32)");
                }

                return code == WireCode.UInt64 ? ReadUInt64() : ReadInt64();
        }
    }

    /// <summary>Reads a float64, a float32 or an integer as a <see cref="double"/>.</summary>
    public double ReadDouble()
    {
        var code = Peek("a float (float64)");
        switch (code)
        {
            case WireCode.Float64:
                Need(9, "float64");
                var value = BinaryPrimitives.ReadDoubleBigEndian(_buffer.Slice(_position + 1));
                _position += 9;
                return value;
            case WireCode.Float32:
                return ReadSingle();
            default:
                if (WireCode.TypeOf(code) != WireType.Integer)
                {
                    throw Unexpected("a float (float64)");
                }

                return code == WireCode.UInt64 ? ReadUInt64() : ReadInt64();
        }
    }

    /// <summary>Reads a string, or <see langword="null"/> for nil.</summary>
    /// <exception cref="WireSerializationException">Not a string, truncated, or not valid UTF-8.</exception>
    public string? ReadString()
    {
        if (TryReadNil())
        {
            return null;
        }

        var start = _position;
        var utf8 = ReadStringSpan();
        try
        {
            return s_utf8.GetString(utf8);
        }
        catch (DecoderFallbackException ex)
        {
            throw new WireSerializationException("expected a string, found invalid UTF-8", start, ex);
        }
    }

    /// <summary>Reads a string's UTF-8 bytes without decoding them.</summary>
    public ReadOnlySpan<byte> ReadStringSpan()
    {
        var code = Peek("a string");
        int headerLength;
        long length;
        switch (code)
        {
            case >= WireCode.MinFixStr and <= WireCode.MaxFixStr:
                headerLength = 1;
                length = code & 0x1f;
                break;
            case WireCode.Str8:
                Need(2, "str8 header");
                headerLength = 2;
                length = _buffer[_position + 1];
                break;
            case WireCode.Str16:
                Need(3, "str16 header");
                headerLength = 3;
                length = BinaryPrimitives.ReadUInt16BigEndian(_buffer.Slice(_position + 1));
                break;
            case WireCode.Str32:
                Need(5, "str32 header");
                headerLength = 5;
                length = BinaryPrimitives.ReadUInt32BigEndian(_buffer.Slice(_position + 1));
                break;
            default:
                throw Unexpected("a string");
        }

        return TakePayload(headerLength, length, "string");
    }

    /// <summary>Reads a bin (or, for old producers, a str) as a new array, or <see langword="null"/> for nil.</summary>
    public byte[]? ReadBytes() => TryReadNil() ? null : ReadBinarySpan().ToArray();

    /// <summary>Reads a bin's bytes without copying; a str is accepted too, as old MessagePack "raw".</summary>
    public ReadOnlySpan<byte> ReadBinarySpan()
    {
        var code = Peek("binary");
        int headerLength;
        long length;
        switch (code)
        {
            case WireCode.Bin8:
                Need(2, "bin8 header");
                headerLength = 2;
                length = _buffer[_position + 1];
                break;
            case WireCode.Bin16:
                Need(3, "bin16 header");
                headerLength = 3;
                length = BinaryPrimitives.ReadUInt16BigEndian(_buffer.Slice(_position + 1));
                break;
            case WireCode.Bin32:
                Need(5, "bin32 header");
                headerLength = 5;
                length = BinaryPrimitives.ReadUInt32BigEndian(_buffer.Slice(_position + 1));
                break;
            default:
                if (WireCode.TypeOf(code) == WireType.String)
                {
                    return ReadStringSpan();
                }

                throw Unexpected("binary");
        }

        return TakePayload(headerLength, length, "bin");
    }

    /// <summary>Reads an array header and returns the element count, which never exceeds the bytes remaining.</summary>
    public int ReadArrayHeader()
    {
        var code = Peek("an array");
        int headerLength;
        long count;
        switch (code)
        {
            case >= WireCode.MinFixArray and <= WireCode.MaxFixArray:
                headerLength = 1;
                count = code & 0x0f;
                break;
            case WireCode.Array16:
                Need(3, "array16 header");
                headerLength = 3;
                count = BinaryPrimitives.ReadUInt16BigEndian(_buffer.Slice(_position + 1));
                break;
            case WireCode.Array32:
                Need(5, "array32 header");
                headerLength = 5;
                count = BinaryPrimitives.ReadUInt32BigEndian(_buffer.Slice(_position + 1));
                break;
            default:
                throw Unexpected("an array");
        }

        // Every element takes at least one byte, so a count above what remains is a lie: fail before allocating.
        var remaining = _buffer.Length - _position - headerLength;
        if (count > remaining)
        {
            throw new WireSerializationException($"array of {count} elements exceeds the {remaining} bytes remaining", _position);
        }

        _position += headerLength;
        return (int)count;
    }

    /// <summary>Reads a map header and returns the entry count, which never exceeds half the bytes remaining.</summary>
    public int ReadMapHeader()
    {
        var code = Peek("a map");
        int headerLength;
        long count;
        switch (code)
        {
            case >= WireCode.MinFixMap and <= WireCode.MaxFixMap:
                headerLength = 1;
                count = code & 0x0f;
                break;
            case WireCode.Map16:
                Need(3, "map16 header");
                headerLength = 3;
                count = BinaryPrimitives.ReadUInt16BigEndian(_buffer.Slice(_position + 1));
                break;
            case WireCode.Map32:
                Need(5, "map32 header");
                headerLength = 5;
                count = BinaryPrimitives.ReadUInt32BigEndian(_buffer.Slice(_position + 1));
                break;
            default:
                throw Unexpected("a map");
        }

        // A key and a value take at least one byte each.
        var remaining = _buffer.Length - _position - headerLength;
        if (count * 2 > remaining)
        {
            throw new WireSerializationException($"map of {count} entries exceeds the {remaining} bytes remaining", _position);
        }

        _position += headerLength;
        return (int)count;
    }

    /// <summary>Reads an extension header; the payload follows (read it with <see cref="ReadRaw"/>).</summary>
    public WireExtensionHeader ReadExtensionHeader()
    {
        var code = Peek("an extension");
        int headerLength;
        long length;
        switch (code)
        {
            case WireCode.FixExt1:
                (headerLength, length) = (2, 1);
                break;
            case WireCode.FixExt2:
                (headerLength, length) = (2, 2);
                break;
            case WireCode.FixExt4:
                (headerLength, length) = (2, 4);
                break;
            case WireCode.FixExt8:
                (headerLength, length) = (2, 8);
                break;
            case WireCode.FixExt16:
                (headerLength, length) = (2, 16);
                break;
            case WireCode.Ext8:
                Need(3, "ext8 header");
                (headerLength, length) = (3, _buffer[_position + 1]);
                break;
            case WireCode.Ext16:
                Need(4, "ext16 header");
                (headerLength, length) = (4, BinaryPrimitives.ReadUInt16BigEndian(_buffer.Slice(_position + 1)));
                break;
            case WireCode.Ext32:
                Need(6, "ext32 header");
                (headerLength, length) = (6, BinaryPrimitives.ReadUInt32BigEndian(_buffer.Slice(_position + 1)));
                break;
            default:
                throw Unexpected("an extension");
        }

        Need(headerLength, "extension header");
        var remaining = _buffer.Length - _position - headerLength;
        if (length > remaining)
        {
            throw new WireSerializationException($"extension of {length} bytes exceeds the {remaining} bytes remaining", _position);
        }

        var typeCode = unchecked((sbyte)_buffer[_position + headerLength - 1]);
        _position += headerLength;
        return new WireExtensionHeader(typeCode, (int)length);
    }

    /// <summary>Reads the next <paramref name="length"/> bytes as they are.</summary>
    public ReadOnlySpan<byte> ReadRaw(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Need(length, "raw bytes");
        var span = _buffer.Slice(_position, length);
        _position += length;
        return span;
    }

    /// <summary>Reads a timestamp extension (type -1, 32/64/96-bit) as a UTC <see cref="DateTime"/>.</summary>
    /// <remarks>Nanoseconds are truncated to the 100 ns resolution of <see cref="DateTime"/>.</remarks>
    public DateTime ReadDateTime()
    {
        var start = _position;
        var code = Peek("a timestamp");
        if (WireCode.TypeOf(code) != WireType.Extension)
        {
            throw Unexpected("a timestamp");
        }

        var header = ReadExtensionHeader();
        if (header.TypeCode != WireCode.TimestampExtension)
        {
            throw new WireSerializationException($"expected a timestamp, found extension type {header.TypeCode}", start);
        }

        var payload = ReadRaw(header.Length);
        long seconds;
        uint nanoseconds;
        switch (header.Length)
        {
            case 4:
                seconds = BinaryPrimitives.ReadUInt32BigEndian(payload);
                nanoseconds = 0;
                break;
            case 8:
                var packed = BinaryPrimitives.ReadUInt64BigEndian(payload);
                seconds = (long)(packed & 0x3_ffff_ffffUL);
                nanoseconds = (uint)(packed >> 34);
                break;
            case 12:
                nanoseconds = BinaryPrimitives.ReadUInt32BigEndian(payload);
                seconds = BinaryPrimitives.ReadInt64BigEndian(payload[4..]);
                break;
            default:
                throw new WireSerializationException($"expected a timestamp of 4, 8 or 12 bytes, found {header.Length} bytes", start);
        }

        if (nanoseconds > 999_999_999)
        {
            throw new WireSerializationException($"timestamp nanoseconds {nanoseconds} exceed 999999999", start);
        }

        if (seconds is < MinUnixSeconds or > MaxUnixSeconds)
        {
            throw new WireSerializationException($"timestamp of {seconds} seconds is outside the range of DateTime", start);
        }

        var ticks = DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);
        return new DateTime(ticks, DateTimeKind.Utc);
    }

    /// <summary>Reads a timestamp extension as a <see cref="DateTimeOffset"/> with a zero offset.</summary>
    public DateTimeOffset ReadDateTimeOffset() => new(ReadDateTime());

    /// <summary>Reads a duration from its tick count.</summary>
    public TimeSpan ReadTimeSpan() => TimeSpan.FromTicks(ReadSigned("a duration (int64 ticks)", long.MinValue, long.MaxValue));

    /// <summary>Reads a decimal from its invariant-culture string; an integer or a float is accepted from other producers.</summary>
    public decimal ReadDecimal()
    {
        var start = _position;
        var code = Peek("a string (decimal)");
        switch (WireCode.TypeOf(code))
        {
            case WireType.String:
                var utf8 = ReadStringSpan();
                if (DecimalText.TryParse(utf8, out var value))
                {
                    return value;
                }

                if (Utf8Parser.TryParse(utf8, out value, out var consumed, 'G') && consumed == utf8.Length)
                {
                    return value;
                }

                if (decimal.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    return value;
                }

                throw new WireSerializationException("expected a string (decimal), found a string that is not a decimal number", start);
            case WireType.Integer:
                return code == WireCode.UInt64 ? ReadUInt64() : ReadInt64();
            case WireType.Float:
                var number = ReadDouble();
                if (double.IsFinite(number) && Math.Abs(number) < 7.9e28)
                {
                    return (decimal)number;
                }

                throw new WireSerializationException($"expected a string (decimal), found the float {number.ToString(CultureInfo.InvariantCulture)} which no decimal can hold", start);
            default:
                throw Unexpected("a string (decimal)");
        }
    }

    /// <summary>Reads a GUID from its string form, or from 16 bytes of bin in RFC 4122 (big-endian) order.</summary>
    public Guid ReadGuid()
    {
        var start = _position;
        var code = Peek("a string (Guid)");
        switch (WireCode.TypeOf(code))
        {
            case WireType.String:
                var utf8 = ReadStringSpan();
                if (Utf8Parser.TryParse(utf8, out Guid value, out var consumed, 'D') && consumed == utf8.Length)
                {
                    return value;
                }

                if (Utf8Parser.TryParse(utf8, out value, out consumed, 'N') && consumed == utf8.Length)
                {
                    return value;
                }

                throw new WireSerializationException("expected a string (Guid), found a string that is not a GUID", start);
            case WireType.Binary:
                var bytes = ReadBinarySpan();
                if (bytes.Length != 16)
                {
                    throw new WireSerializationException($"expected 16 bytes (Guid), found {bytes.Length} bytes", start);
                }

#if NET
                return new Guid(bytes, bigEndian: true);
#else
                return new Guid(
                    System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes),
                    System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(bytes[4..]),
                    System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(bytes[6..]),
                    bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
#endif
            default:
                throw Unexpected("a string (Guid)");
        }
    }

    /// <summary>Skips the next value, however deeply nested, without recursion.</summary>
    public void Skip() => SkipValue();

    /// <summary>Skips the next value and returns its encoded bytes.</summary>
    public ReadOnlySpan<byte> ReadRawValue()
    {
        var start = _position;
        SkipValue();
        return _buffer[start.._position];
    }

    private void SkipValue()
    {
        // Counts the values still to skip instead of recursing, so attacker-controlled nesting cannot
        // exhaust the stack. Each pending value needs at least one byte, which bounds the counter.
        long pending = 1;
        while (pending > 0)
        {
            pending--;
            var code = Peek("a value");
            switch (WireCode.TypeOf(code))
            {
                case WireType.Nil:
                case WireType.Boolean:
                    _position++;
                    break;
                case WireType.Integer:
                    _position += code switch
                    {
                        WireCode.UInt8 or WireCode.Int8 => NeedLength(2, "int8"),
                        WireCode.UInt16 or WireCode.Int16 => NeedLength(3, "int16"),
                        WireCode.UInt32 or WireCode.Int32 => NeedLength(5, "int32"),
                        WireCode.UInt64 or WireCode.Int64 => NeedLength(9, "int64"),
                        _ => 1,
                    };
                    break;
                case WireType.Float:
                    _position += code == WireCode.Float32 ? NeedLength(5, "float32") : NeedLength(9, "float64");
                    break;
                case WireType.String:
                    ReadStringSpan();
                    break;
                case WireType.Binary:
                    ReadBinarySpan();
                    break;
                case WireType.Extension:
                    var header = ReadExtensionHeader();
                    _position += header.Length;
                    break;
                case WireType.Array:
                    pending += ReadArrayHeader();
                    break;
                case WireType.Map:
                    pending += 2L * ReadMapHeader();
                    break;
                default:
                    throw Unexpected("a value");
            }

            if (pending > Remaining)
            {
                throw new WireSerializationException($"{pending} nested values exceed the {Remaining} bytes remaining", _position);
            }
        }
    }

    private long ReadSigned(string expected, long min, long max)
    {
        var start = _position;
        var code = Peek(expected);
        long value;
        if (code <= WireCode.MaxFixInt)
        {
            _position++;
            return code;
        }

        if (code >= WireCode.MinNegativeFixInt)
        {
            value = unchecked((sbyte)code);
            _position++;
        }
        else
        {
            switch (code)
            {
                case WireCode.UInt8:
                    Need(2, expected);
                    value = _buffer[_position + 1];
                    _position += 2;
                    break;
                case WireCode.UInt16:
                    Need(3, expected);
                    value = BinaryPrimitives.ReadUInt16BigEndian(_buffer.Slice(_position + 1));
                    _position += 3;
                    break;
                case WireCode.UInt32:
                    Need(5, expected);
                    value = BinaryPrimitives.ReadUInt32BigEndian(_buffer.Slice(_position + 1));
                    _position += 5;
                    break;
                case WireCode.UInt64:
                    Need(9, expected);
                    var unsigned = BinaryPrimitives.ReadUInt64BigEndian(_buffer.Slice(_position + 1));
                    if (unsigned > (ulong)max)
                    {
                        throw OutOfRange(expected, unsigned.ToString(CultureInfo.InvariantCulture), start);
                    }

                    value = (long)unsigned;
                    _position += 9;
                    break;
                case WireCode.Int8:
                    Need(2, expected);
                    value = unchecked((sbyte)_buffer[_position + 1]);
                    _position += 2;
                    break;
                case WireCode.Int16:
                    Need(3, expected);
                    value = BinaryPrimitives.ReadInt16BigEndian(_buffer.Slice(_position + 1));
                    _position += 3;
                    break;
                case WireCode.Int32:
                    Need(5, expected);
                    value = BinaryPrimitives.ReadInt32BigEndian(_buffer.Slice(_position + 1));
                    _position += 5;
                    break;
                case WireCode.Int64:
                    Need(9, expected);
                    value = BinaryPrimitives.ReadInt64BigEndian(_buffer.Slice(_position + 1));
                    _position += 9;
                    break;
                default:
                    throw Unexpected(expected);
            }
        }

        if (value < min || value > max)
        {
            _position = start;
            throw OutOfRange(expected, value.ToString(CultureInfo.InvariantCulture), start);
        }

        return value;
    }

    private ulong ReadUnsigned(string expected, ulong max)
    {
        var start = _position;
        var code = Peek(expected);
        ulong value;
        if (code <= WireCode.MaxFixInt)
        {
            value = code;
            _position++;
        }
        else if (code == WireCode.UInt64)
        {
            Need(9, expected);
            value = BinaryPrimitives.ReadUInt64BigEndian(_buffer.Slice(_position + 1));
            _position += 9;
        }
        else
        {
            var signed = ReadSigned(expected, long.MinValue, long.MaxValue);
            if (signed < 0)
            {
                _position = start;
                throw OutOfRange(expected, signed.ToString(CultureInfo.InvariantCulture), start);
            }

            value = (ulong)signed;
        }

        if (value > max)
        {
            _position = start;
            throw OutOfRange(expected, value.ToString(CultureInfo.InvariantCulture), start);
        }

        return value;
    }

    private ReadOnlySpan<byte> TakePayload(int headerLength, long length, string what)
    {
        var remaining = _buffer.Length - _position - headerLength;
        if (length > remaining)
        {
            throw new WireSerializationException($"{what} of {length} bytes exceeds the {remaining} bytes remaining", _position);
        }

        var span = _buffer.Slice(_position + headerLength, (int)length);
        _position += headerLength + (int)length;
        return span;
    }

    private readonly byte Peek(string expected)
    {
        if (_position >= _buffer.Length)
        {
            throw Truncated(expected, 1);
        }

        return _buffer[_position];
    }

    private readonly void Need(int count, string what)
    {
        if (_buffer.Length - _position < count)
        {
            throw Truncated(what, count);
        }
    }

    private readonly int NeedLength(int count, string what)
    {
        Need(count, what);
        return count;
    }

    private readonly WireSerializationException Truncated(string expected, int count) =>
        new(count == 1 && _position >= _buffer.Length
                ? $"expected {expected}, found end of input"
                : $"expected {expected} ({count} bytes), found end of input after {_buffer.Length - _position} bytes",
            _position);

    private readonly WireSerializationException Unexpected(string expected) =>
        new($"expected {expected}, found {WireCode.Describe(_buffer[_position])}", _position);

    private static WireSerializationException OutOfRange(string expected, string value, int offset) =>
        new($"expected {expected}, found {value}, which is out of range", offset);
}
