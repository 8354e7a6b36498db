using System;
using System.Buffers;

namespace Messaging.Serialization;

/// <summary>
/// Serializes <c>[Message]</c> types with their generated formatters, for use outside the bus.
/// </summary>
/// <example>
/// <code>
/// byte[] bytes = WireSerializer.Serialize(new OrderPlaced(...));
/// OrderPlaced order = WireSerializer.Deserialize&lt;OrderPlaced&gt;(bytes);
/// </code>
/// </example>
public static class WireSerializer
{
    /// <summary>Writes <paramref name="value"/> to <paramref name="output"/>.</summary>
    public static void Serialize<T>(IBufferWriter<byte> output, T value)
    {
        var writer = new WireWriter(output);
        WireFormatters.Get<T>().Serialize(ref writer, value);
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
    /// <exception cref="WireSerializationException">The input is malformed, does not match, or has trailing bytes.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> bytes) => Deserialize<T>(bytes, WireReaderOptions.Default);

    /// <summary>Reads a <typeparamref name="T"/> that must span all of <paramref name="bytes"/>, with explicit limits.</summary>
    /// <exception cref="WireSerializationException">The input is malformed, does not match, or has trailing bytes.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> bytes, WireReaderOptions options)
    {
        var reader = new WireReader(bytes, options);
        var value = WireFormatters.Get<T>().Deserialize(ref reader);
        if (!reader.End)
        {
            throw new WireSerializationException($"expected end of input, found {reader.Remaining} trailing bytes", reader.Position);
        }

        return value;
    }
}
