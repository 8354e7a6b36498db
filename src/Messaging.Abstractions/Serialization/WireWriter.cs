using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Messaging.Serialization;

/// <summary>
/// Writes MessagePack to an <see cref="IBufferWriter{T}"/>, always choosing the smallest encoding.
/// </summary>
/// <remarks>
/// The writer buffers into spans obtained from the output and advances it in <see cref="Flush"/>; call
/// <see cref="Flush"/> once when done. Writing allocates nothing: strings, decimals and GUIDs are encoded straight
/// into the output span.
/// </remarks>
public ref struct WireWriter
{
    // Big enough for any header plus a short scalar, so small writes rarely go back to the output.
    private const int MinimumBufferSize = 256;

    // A decimal formats to at most 31 characters ("-7.9228162514264337593543950335"), a GUID to 36.
    private const int MaxDecimalLength = 31;
    private const int GuidLength = 36;

    private readonly IBufferWriter<byte> _output;
    private readonly int _maxDepth;
    private Span<byte> _span;
    private int _buffered;
    private int _depth;

    /// <summary>Creates a writer over <paramref name="output"/> that nests messages at most <see cref="WireReaderOptions.DefaultMaxDepth"/> deep.</summary>
    /// <param name="output">Where the bytes go; advanced on <see cref="Flush"/>.</param>
    public WireWriter(IBufferWriter<byte> output)
        : this(output, WireReaderOptions.DefaultMaxDepth)
    {
    }

    /// <summary>Creates a writer over <paramref name="output"/> with a nesting limit.</summary>
    /// <param name="output">Where the bytes go; advanced on <see cref="Flush"/>.</param>
    /// <param name="maxDepth">How deeply messages may nest; match the readers' <see cref="WireReaderOptions.MaxDepth"/>.</param>
    public WireWriter(IBufferWriter<byte> output, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        _output = output;
        _maxDepth = maxDepth;
        _span = default;
        _buffered = 0;
        _depth = 0;
    }

    /// <summary>
    /// Records that a nested message begins; generated formatters call it before writing a message and
    /// <see cref="ExitNested"/> after, so that a cyclic object graph fails instead of overflowing the stack.
    /// </summary>
    /// <exception cref="WireSerializationException">Nesting exceeds the writer's maximum depth.</exception>
    public void EnterNested()
    {
        if (_depth >= _maxDepth)
        {
            throw new WireSerializationException(
                $"nesting exceeds the maximum depth of {_maxDepth} while writing; is the object graph cyclic?", -1);
        }

        _depth++;
    }

    /// <summary>Records that the nested message begun by <see cref="EnterNested"/> has ended.</summary>
    public void ExitNested() => _depth--;

    /// <summary>Advances the output past everything written so far. Call once when done writing.</summary>
    public void Flush()
    {
        if (_buffered > 0)
        {
            _output.Advance(_buffered);
            _buffered = 0;
        }

        _span = default;
    }

    /// <summary>
    /// Advances the output past everything written so far and returns it, so that another MessagePack writer (the
    /// MessagePack-CSharp bridge's) can append one value in place, without a copy; this writer carries on after it.
    /// </summary>
    internal IBufferWriter<byte> FlushToOutput()
    {
        Flush();
        return _output;
    }

    /// <summary>Writes nil.</summary>
    public void WriteNil()
    {
        var span = GetSpan(1);
        span[0] = WireCode.Nil;
        Advance(1);
    }

    /// <summary>Writes true or false.</summary>
    public void Write(bool value)
    {
        var span = GetSpan(1);
        span[0] = value ? WireCode.True : WireCode.False;
        Advance(1);
    }

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(sbyte value) => Write((long)value);

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(byte value) => Write((ulong)value);

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(short value) => Write((long)value);

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(ushort value) => Write((ulong)value);

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(int value)
    {
        // The common case of small non-negative values gets a single byte without the 64-bit ladder.
        if ((uint)value <= WireCode.MaxFixInt)
        {
            var span = GetSpan(1);
            span[0] = (byte)value;
            Advance(1);
            return;
        }

        Write((long)value);
    }

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(uint value) => Write((ulong)value);

    /// <summary>Writes an integer in the smallest encoding (unsigned formats for non-negative values).</summary>
    public void Write(long value)
    {
        if (value >= 0)
        {
            Write((ulong)value);
            return;
        }

        var span = GetSpan(9);
        if (value >= -32)
        {
            span[0] = unchecked((byte)value);
            Advance(1);
        }
        else if (value >= sbyte.MinValue)
        {
            span[0] = WireCode.Int8;
            span[1] = unchecked((byte)value);
            Advance(2);
        }
        else if (value >= short.MinValue)
        {
            span[0] = WireCode.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            Advance(3);
        }
        else if (value >= int.MinValue)
        {
            span[0] = WireCode.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            Advance(5);
        }
        else
        {
            span[0] = WireCode.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            Advance(9);
        }
    }

    /// <summary>Writes an integer in the smallest encoding.</summary>
    public void Write(ulong value)
    {
        var span = GetSpan(9);
        if (value <= WireCode.MaxFixInt)
        {
            span[0] = (byte)value;
            Advance(1);
        }
        else if (value <= byte.MaxValue)
        {
            span[0] = WireCode.UInt8;
            span[1] = (byte)value;
            Advance(2);
        }
        else if (value <= ushort.MaxValue)
        {
            span[0] = WireCode.UInt16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)value);
            Advance(3);
        }
        else if (value <= uint.MaxValue)
        {
            span[0] = WireCode.UInt32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)value);
            Advance(5);
        }
        else
        {
            span[0] = WireCode.UInt64;
            BinaryPrimitives.WriteUInt64BigEndian(span[1..], value);
            Advance(9);
        }
    }

    /// <summary>Writes a float32.</summary>
    public void Write(float value)
    {
        var span = GetSpan(5);
        span[0] = WireCode.Float32;
        BinaryPrimitives.WriteSingleBigEndian(span[1..], value);
        Advance(5);
    }

    /// <summary>Writes a float64.</summary>
    public void Write(double value)
    {
        var span = GetSpan(9);
        span[0] = WireCode.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        Advance(9);
    }

    /// <summary>Writes a char as its UTF-16 code unit, an unsigned integer (a lone surrogate has no UTF-8 form).</summary>
    public void Write(char value) => Write((ulong)value);

    /// <summary>Writes a string as UTF-8, or nil for <see langword="null"/>.</summary>
    /// <exception cref="WireSerializationException">The string holds a lone surrogate.</exception>
    public void Write(string? value)
    {
        if (value is null)
        {
            WriteNil();
            return;
        }

        Write(value.AsSpan());
    }

    /// <summary>Writes characters as a UTF-8 string.</summary>
    /// <exception cref="WireSerializationException">The characters hold a lone surrogate.</exception>
    public void Write(ReadOnlySpan<char> value)
    {
        // Most strings on the wire are short ASCII (ids, names, codes): one byte per char behind a fixstr header.
        if (value.Length <= 31)
        {
            var shortSpan = GetSpan(1 + value.Length);
            if (AsciiFromUtf16(value, shortSpan.Slice(1, value.Length)))
            {
                shortSpan[0] = (byte)(WireCode.MinFixStr | value.Length);
                Advance(1 + value.Length);
                return;
            }
        }

        // Reserve the header for the worst case (3 UTF-8 bytes per UTF-16 unit), encode in place, then move the
        // bytes down if the actual length needs a smaller header. Short ASCII strings, the common case, never move.
        var maxBytes = (long)value.Length * 3;
        if (maxBytes > int.MaxValue - 5)
        {
            maxBytes = Encoding.UTF8.GetByteCount(value);
        }

        var reserved = StringHeaderLength((int)maxBytes);
        var span = GetSpan(reserved + (int)maxBytes);
        // Utf8.FromUtf16 is the framework's vectorized transcoder without the Encoding fallback machinery.
        if (Utf8.FromUtf16(value, span[reserved..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new WireSerializationException("cannot encode the string as UTF-8: it holds a lone surrogate", -1);
        }

        var actual = StringHeaderLength(written);
        if (actual != reserved)
        {
            span.Slice(reserved, written).CopyTo(span[actual..]);
        }

        WriteStringHeader(span, written);
        Advance(actual + written);
    }

    private static bool AsciiFromUtf16(ReadOnlySpan<char> value, Span<byte> destination)
    {
#if NET
        return Ascii.FromUtf16(value, destination, out _) == OperationStatus.Done;
#else
        // netstandard2.0 has no vectorized Ascii class; a short loop over at most 31 chars.
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c > 0x7F)
            {
                return false;
            }

            destination[i] = (byte)c;
        }

        return true;
#endif
    }

    /// <summary>Writes already-encoded UTF-8 bytes as a string.</summary>
    public void WriteString(ReadOnlySpan<byte> utf8)
    {
        WriteStringHeader(utf8.Length);
        WriteRaw(utf8);
    }

    /// <summary>Writes the header of a string of <paramref name="byteLength"/> UTF-8 bytes; the bytes follow with <see cref="WriteRaw"/>.</summary>
    public void WriteStringHeader(int byteLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteLength);
        var span = GetSpan(5);
        Advance(WriteStringHeader(span, byteLength));
    }

    /// <summary>Writes a byte array as bin, or nil for <see langword="null"/>.</summary>
    public void Write(byte[]? value)
    {
        if (value is null)
        {
            WriteNil();
            return;
        }

        WriteBinary(value);
    }

    /// <summary>Writes bytes as bin.</summary>
    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteBinaryHeader(value.Length);
        WriteRaw(value);
    }

    /// <summary>Writes the header of a bin of <paramref name="length"/> bytes; the bytes follow with <see cref="WriteRaw"/>.</summary>
    public void WriteBinaryHeader(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var span = GetSpan(5);
        if (length <= byte.MaxValue)
        {
            span[0] = WireCode.Bin8;
            span[1] = (byte)length;
            Advance(2);
        }
        else if (length <= ushort.MaxValue)
        {
            span[0] = WireCode.Bin16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)length);
            Advance(3);
        }
        else
        {
            span[0] = WireCode.Bin32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
            Advance(5);
        }
    }

    /// <summary>Writes the header of an array of <paramref name="count"/> elements; the elements follow.</summary>
    public void WriteArrayHeader(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var span = GetSpan(5);
        if (count <= 15)
        {
            span[0] = (byte)(WireCode.MinFixArray | count);
            Advance(1);
        }
        else if (count <= ushort.MaxValue)
        {
            span[0] = WireCode.Array16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)count);
            Advance(3);
        }
        else
        {
            span[0] = WireCode.Array32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)count);
            Advance(5);
        }
    }

    /// <summary>Writes the header of a map of <paramref name="count"/> entries; the keys and values follow, alternating.</summary>
    public void WriteMapHeader(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var span = GetSpan(5);
        if (count <= 15)
        {
            span[0] = (byte)(WireCode.MinFixMap | count);
            Advance(1);
        }
        else if (count <= ushort.MaxValue)
        {
            span[0] = WireCode.Map16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)count);
            Advance(3);
        }
        else
        {
            span[0] = WireCode.Map32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)count);
            Advance(5);
        }
    }

    /// <summary>
    /// Writes the header of an extension of <paramref name="length"/> bytes (fixext when the length is 1, 2, 4, 8 or
    /// 16); the payload follows with <see cref="WriteRaw"/>.
    /// </summary>
    public void WriteExtensionHeader(sbyte typeCode, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var span = GetSpan(6);
        var fixCode = length switch
        {
            1 => WireCode.FixExt1,
            2 => WireCode.FixExt2,
            4 => WireCode.FixExt4,
            8 => WireCode.FixExt8,
            16 => WireCode.FixExt16,
            _ => (byte)0,
        };
        if (fixCode != 0)
        {
            span[0] = fixCode;
            span[1] = unchecked((byte)typeCode);
            Advance(2);
        }
        else if (length <= byte.MaxValue)
        {
            span[0] = WireCode.Ext8;
            span[1] = (byte)length;
            span[2] = unchecked((byte)typeCode);
            Advance(3);
        }
        else if (length <= ushort.MaxValue)
        {
            span[0] = WireCode.Ext16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)length);
            span[3] = unchecked((byte)typeCode);
            Advance(4);
        }
        else
        {
            span[0] = WireCode.Ext32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
            span[5] = unchecked((byte)typeCode);
            Advance(6);
        }
    }

    /// <summary>Writes an extension: header and payload.</summary>
    public void WriteExtension(sbyte typeCode, ReadOnlySpan<byte> payload)
    {
        WriteExtensionHeader(typeCode, payload.Length);
        WriteRaw(payload);
    }

    /// <summary>
    /// Writes an instant as the timestamp extension (type -1) in its smallest form: 32-bit for whole seconds
    /// 1970..2106, 64-bit for nanosecond precision up to 2514, 96-bit otherwise.
    /// </summary>
    /// <remarks>A <see cref="DateTimeKind.Local"/> value is converted to UTC; <see cref="DateTimeKind.Unspecified"/> is taken as UTC.</remarks>
    public void Write(DateTime value)
    {
        if (value.Kind == DateTimeKind.Local)
        {
            value = value.ToUniversalTime();
        }

        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        var nanoseconds = (uint)(remainder * 100);
        if ((ulong)seconds >> 34 == 0)
        {
            if (nanoseconds == 0 && (ulong)seconds <= uint.MaxValue)
            {
                var span = GetSpan(6);
                span[0] = WireCode.FixExt4;
                span[1] = unchecked((byte)WireCode.TimestampExtension);
                BinaryPrimitives.WriteUInt32BigEndian(span[2..], (uint)seconds);
                Advance(6);
            }
            else
            {
                var span = GetSpan(10);
                span[0] = WireCode.FixExt8;
                span[1] = unchecked((byte)WireCode.TimestampExtension);
                BinaryPrimitives.WriteUInt64BigEndian(span[2..], ((ulong)nanoseconds << 34) | (ulong)seconds);
                Advance(10);
            }
        }
        else
        {
            var span = GetSpan(15);
            span[0] = WireCode.Ext8;
            span[1] = 12;
            span[2] = unchecked((byte)WireCode.TimestampExtension);
            BinaryPrimitives.WriteUInt32BigEndian(span[3..], nanoseconds);
            BinaryPrimitives.WriteInt64BigEndian(span[7..], seconds);
            Advance(15);
        }
    }

    /// <summary>Writes the instant as the timestamp extension; the offset is not kept (reads return UTC).</summary>
    public void Write(DateTimeOffset value) => Write(value.UtcDateTime);

    /// <summary>Writes a duration as its tick count (100 ns units), an integer.</summary>
    public void Write(TimeSpan value) => Write(value.Ticks);

    /// <summary>Writes a decimal as a string in invariant culture, keeping its scale (<c>"12.50"</c>).</summary>
    public void Write(decimal value)
    {
        var span = GetSpan(1 + MaxDecimalLength);
        if (!DecimalText.TryFormat(value, span[1..], out var written))
        {
            value.TryFormat(span[1..], out written, default, CultureInfo.InvariantCulture);
        }

        span[0] = (byte)(WireCode.MinFixStr | written);
        Advance(1 + written);
    }

    /// <summary>Writes a GUID as its 36-character string (<c>"d"</c> format, lower case).</summary>
    public void Write(Guid value)
    {
        var span = GetSpan(2 + GuidLength);
        span[0] = WireCode.Str8;
        span[1] = GuidLength;

        value.TryFormat(span[2..], out _);
        Advance(2 + GuidLength);
    }

    /// <summary>Copies bytes to the output as they are, e.g. the payload after a header or a pre-encoded value.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _span.Length)
        {
            bytes.CopyTo(_span);
            Advance(bytes.Length);
            return;
        }

        WriteRawSlow(bytes);
    }

    private void WriteRawSlow(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var span = GetSpan(1);
            var chunk = Math.Min(span.Length, bytes.Length);
            bytes[..chunk].CopyTo(span);
            Advance(chunk);
            bytes = bytes[chunk..];
        }
    }

    private static int StringHeaderLength(int byteLength) => byteLength switch
    {
        <= 31 => 1,
        <= byte.MaxValue => 2,
        <= ushort.MaxValue => 3,
        _ => 5,
    };

    private static int WriteStringHeader(Span<byte> span, int byteLength)
    {
        if (byteLength <= 31)
        {
            span[0] = (byte)(WireCode.MinFixStr | byteLength);
            return 1;
        }

        if (byteLength <= byte.MaxValue)
        {
            span[0] = WireCode.Str8;
            span[1] = (byte)byteLength;
            return 2;
        }

        if (byteLength <= ushort.MaxValue)
        {
            span[0] = WireCode.Str16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)byteLength);
            return 3;
        }

        span[0] = WireCode.Str32;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)byteLength);
        return 5;
    }

    private Span<byte> GetSpan(int size)
    {
        if (_span.Length < size)
        {
            Refill(size);
        }

        return _span;
    }

    private void Refill(int size)
    {
        Flush();
        _span = _output.GetSpan(Math.Max(size, MinimumBufferSize));
        if (_span.Length < size)
        {
            throw new InvalidOperationException($"The buffer writer returned {_span.Length} bytes where {size} were requested.");
        }
    }

    private void Advance(int count)
    {
        _span = _span[count..];
        _buffered += count;
    }
}
