using System;
using System.Buffers;
using MessagePack;
using MessagePack.Formatters;
using Messaging.Serialization;

namespace Messaging.MessagePackCSharp;

/// <summary>A MessagePack-CSharp formatter that writes and reads one <c>[Message]</c> type with its generated formatter.</summary>
/// <typeparam name="T">The message type.</typeparam>
/// <remarks>
/// MessagePack-CSharp's writer and reader are ref structs over its own buffers, and ours are over an
/// <see cref="IBufferWriter{T}"/> and a span: a message is written into a reused per-thread buffer and copied into
/// MessagePack-CSharp's writer, and read from the one value MessagePack-CSharp's reader skips over, in place when it
/// lies in one segment.
/// </remarks>
internal sealed class WireFormatterAdapter<T> : IMessagePackFormatter<T>
{
    // Buffers that grew past this are dropped after use rather than kept for the thread's lifetime.
    private const int MaxRetainedBuffer = 64 * 1024;

    // One buffer per thread, taken while in use: a message written inside a MessagePack-CSharp value inside a message
    // (the bridge in both directions) finds none and makes its own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private WireFormatterAdapter()
    {
    }

    /// <summary>The formatter; it has no state and looks the generated formatter up on each call.</summary>
    public static WireFormatterAdapter<T> Instance { get; } = new();

    /// <inheritdoc/>
    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(256);
        t_buffer = null;
        try
        {
            var wire = new WireWriter(buffer);
            WireFormatters.Get<T>().Serialize(ref wire, value);
            wire.Flush();
            writer.WriteRaw(buffer.WrittenSpan);
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= MaxRetainedBuffer)
            {
                t_buffer = buffer;
            }
        }
    }

    /// <inheritdoc/>
    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var raw = reader.ReadRaw();
        if (raw.IsSingleSegment)
        {
            return Read(raw.FirstSpan);
        }

        var length = checked((int)raw.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            raw.CopyTo(rented);
            return Read(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static T Read(ReadOnlySpan<byte> bytes)
    {
        // MessagePack-CSharp skipped exactly one value, so the generated formatter consumes it all.
        var wire = new WireReader(bytes);
        return WireFormatters.Get<T>().Deserialize(ref wire);
    }
}
