using System;
using System.Buffers;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class BufferWriterTests
{
    private static readonly string s_large = new('é', 35_000);
    private static readonly byte[] s_bin = [.. Enumerable.Range(0, 1000).Select(i => (byte)i)];
    private static readonly string[] s_strings = ["", "short", new string('s', 40), new string('m', 300), "héllo wörld 😀", new string('€', 30_000)];
    private static readonly DateTime s_utc = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
    private static readonly DateTime s_local = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Local);

    private static void WriteMany(ref WireWriter writer)
    {
        for (var i = 0; i < 3000; i++)
        {
            writer.Write(i * 7919L * (i % 2 == 0 ? 1 : -1));
            writer.Write(new string((char)('a' + (i % 26)), i % 300));
            writer.WriteBinary(s_bin.AsSpan(0, i % s_bin.Length));
            writer.Write(i * 0.5);
            writer.Write((decimal)i / 100);
            writer.WriteExtension((sbyte)(i % 100), s_bin.AsSpan(0, i % 20));
            if (i % 1000 == 0)
            {
                writer.Write(s_large);
                writer.WriteArrayHeader(70_000);
                writer.WriteMapHeader(16);
            }
        }
    }

    [Fact]
    public void Many_values_written_through_exact_size_spans_match_a_contiguous_write()
    {
        var contiguous = MsgPack.Write(WriteMany);
        var exact = new ExactSizeBufferWriter();

        var writer = new WireWriter(exact);
        WriteMany(ref writer);
        writer.Flush();

        Assert.True(exact.SpansHandedOut > 1000, $"only {exact.SpansHandedOut} spans were requested");
        Assert.True(exact.LargestRequest >= s_large.Length * 3, "the large string is encoded in one span");
        Assert.Equal(contiguous.Length, exact.WrittenBytes.Length);
        Assert.True(contiguous.AsSpan().SequenceEqual(exact.WrittenBytes), "the bytes differ");
    }

    [Fact]
    public void Values_written_through_exact_size_spans_read_back()
    {
        var exact = new ExactSizeBufferWriter();
        var writer = new WireWriter(exact);
        SampleDocument.Write(ref writer);
        writer.Flush();

        var reader = new WireReader(exact.WrittenBytes);
        SampleDocument.Read(ref reader);
        Assert.True(reader.End);
    }

    [Fact]
    public void Raw_payload_larger_than_the_current_span_is_copied_in_pieces()
    {
        var payload = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        var exact = new ExactSizeBufferWriter();

        var writer = new WireWriter(exact);
        writer.WriteBinaryHeader(payload.Length);
        writer.WriteRaw(payload);
        writer.Flush();

        Assert.Equal("c6000186a0", MsgPack.ToHex(exact.WrittenBytes.AsSpan(0, 5)));
        Assert.True(payload.AsSpan().SequenceEqual(exact.WrittenBytes.AsSpan(5)));
        Assert.True(exact.SpansHandedOut > 10);
    }

    [Fact]
    public void Nothing_reaches_the_output_until_Flush_and_everything_after()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new WireWriter(buffer);
        writer.Write(1);
        writer.Write("abc");

        Assert.Equal(0, buffer.WrittenCount);
        writer.Flush();
        Assert.Equal("01a3616263", MsgPack.ToHex(buffer.WrittenSpan));

        writer.Write(2);
        writer.Flush();
        writer.Flush();
        Assert.Equal("01a361626302", MsgPack.ToHex(buffer.WrittenSpan));
    }

    [Fact]
    public void Buffer_writer_that_returns_less_than_requested_is_reported()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new WireWriter(new ShortSpanBufferWriter(4));
            writer.Write(ulong.MaxValue);
        });

        Assert.Equal("The buffer writer returned 4 bytes where 9 were requested.", ex.Message);
    }

    [Fact]
    public void Writing_to_a_reused_ArrayBufferWriter_allocates_nothing()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);

        var allocated = Allocations.Fewest(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                buffer.ResetWrittenCount();
                WriteScalars(buffer);
            }
        });

        Assert.Equal(0, allocated);
        Assert.True(buffer.WrittenCount > 1000);
    }

    [Fact]
    public void Reading_scalars_and_spans_allocates_nothing()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        WriteScalars(buffer);
        var bytes = buffer.WrittenSpan.ToArray();
        long checksum = 0;

        var allocated = Allocations.Fewest(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                checksum += ReadScalars(bytes);
            }
        });

        Assert.Equal(0, allocated);
        Assert.NotEqual(0, checksum);
    }

    private static void WriteScalars(ArrayBufferWriter<byte> buffer)
    {
        var writer = new WireWriter(buffer);
        for (var i = 0; i < 20; i++)
        {
            writer.WriteArrayHeader(4);
            writer.Write(i);
            writer.Write(-i * 100_000);
            writer.Write((long)i << 40);
            writer.Write(ulong.MaxValue - (ulong)i);
            writer.Write(i * 1.25);
            writer.Write(i * 0.5f);
            writer.Write(true);
            writer.WriteNil();
            writer.Write(s_strings[i % s_strings.Length]);
            writer.Write(123.4500m + i);
            writer.Write(decimal.MinValue);
            writer.Write(new Guid(i, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
            writer.Write(s_utc.AddSeconds(i));
            writer.Write(s_utc.AddTicks(i + 1));
            writer.Write(DateTime.MinValue.AddDays(i));
            writer.Write(s_local.AddMinutes(i));
            writer.Write(new DateTimeOffset(s_utc, TimeSpan.Zero));
            writer.Write(TimeSpan.FromMilliseconds(i));
            writer.Write('x');
            writer.WriteBinary(s_bin.AsSpan(0, i * 10));
            writer.WriteExtension(3, s_bin.AsSpan(0, i));
            writer.WriteMapHeader(0);
        }

        writer.Flush();
    }

    private static long ReadScalars(ReadOnlySpan<byte> bytes)
    {
        long sum = 0;
        var reader = new WireReader(bytes);
        for (var i = 0; i < 20; i++)
        {
            sum += reader.ReadArrayHeader();
            sum += reader.ReadInt32();
            sum += reader.ReadInt64();
            sum += reader.ReadInt64();
            sum += (long)reader.ReadUInt64();
            sum += (long)reader.ReadDouble();
            sum += (long)reader.ReadSingle();
            sum += reader.ReadBoolean() ? 1 : 0;
            sum += reader.TryReadNil() ? 1 : 0;
            sum += reader.ReadStringSpan().Length;
            sum += (long)reader.ReadDecimal();
            sum += (long)(reader.ReadDecimal() / 1e20m);
            sum += reader.ReadGuid().GetHashCode();
            sum += reader.ReadDateTime().Ticks;
            sum += reader.ReadDateTime().Ticks;
            sum += reader.ReadDateTime().Ticks;
            sum += reader.ReadDateTime().Ticks;
            sum += reader.ReadDateTimeOffset().Ticks;
            sum += reader.ReadTimeSpan().Ticks;
            sum += reader.ReadChar();
            sum += reader.ReadBinarySpan().Length;
            sum += reader.ReadExtensionHeader().Length;
            sum += reader.ReadRaw(i).Length;
            sum += reader.ReadMapHeader();
        }

        return sum;
    }

    /// <summary>Breaks the <see cref="IBufferWriter{T}"/> contract: never more than a fixed number of bytes, whatever was asked.</summary>
    private sealed class ShortSpanBufferWriter(int size) : IBufferWriter<byte>
    {
        private readonly byte[] _buffer = new byte[size];

        public void Advance(int count)
        {
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _buffer;

        public Span<byte> GetSpan(int sizeHint = 0) => _buffer;
    }
}
