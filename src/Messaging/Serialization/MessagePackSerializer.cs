using System;
using System.Buffers;

namespace Messaging.Serialization;

/// <summary>
/// Serializes <c>[Message]</c> types with their generated formatters, for use outside the bus.
/// </summary>
/// <example>
/// <code>
/// byte[] bytes = MessagePackSerializer.Serialize(new OrderPlaced(...));
/// OrderPlaced order = MessagePackSerializer.Deserialize&lt;OrderPlaced&gt;(bytes);
/// </code>
/// </example>
public static class MessagePackSerializer
{
    /// <summary>Writes <paramref name="value"/> to <paramref name="output"/>.</summary>
    public static void Serialize<T>(IBufferWriter<byte> output, T value)
    {
        var writer = new MessagePackWriter(output);
        MessagePackFormatters.Get<T>().Serialize(ref writer, value);
        writer.Flush();
    }

    /// <summary>Returns <paramref name="value"/> as a new byte array.</summary>
    public static byte[] Serialize<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Serialize(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a <typeparamref name="T"/> that must span all of <paramref name="bytes"/>.</summary>
    /// <exception cref="MessagePackSerializationException">The input is malformed, does not match, or has trailing bytes.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> bytes) => Deserialize<T>(bytes, MessagePackReaderOptions.Default);

    /// <summary>Reads a <typeparamref name="T"/> that must span all of <paramref name="bytes"/>, with explicit limits.</summary>
    /// <exception cref="MessagePackSerializationException">The input is malformed, does not match, or has trailing bytes.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> bytes, MessagePackReaderOptions options)
    {
        var reader = new MessagePackReader(bytes, options);
        var value = MessagePackFormatters.Get<T>().Deserialize(ref reader);
        if (!reader.End)
        {
            throw new MessagePackSerializationException($"expected end of input, found {reader.Remaining} trailing bytes", reader.Position);
        }

        return value;
    }
}
