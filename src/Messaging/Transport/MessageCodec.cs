using System;
using System.Buffers;
using Messaging.Serialization;

namespace Messaging.Transport;

/// <summary>
/// Reads and writes one registered message type as a raw MessagePack body, with the message URN its
/// <c>MT-MessageType</c> header carries. The generic subclass holds the generated formatter, so nothing is looked up
/// by reflection.
/// </summary>
internal abstract class MessageCodec
{
    protected MessageCodec(string messageUrn, bool isRouted)
    {
        MessageUrn = messageUrn;
        IsRouted = isRouted;
    }

    /// <summary>The URN in the <c>MT-MessageType</c> header, e.g. <c>urn:message:Shop.Contracts:OrderPlaced</c>.</summary>
    public string MessageUrn { get; }

    /// <summary>
    /// Whether the message has a routing key or routing headers, so handlers' bindings filter it: where it was sent
    /// (a queue, or an exchange through a binding) then decides what a consumer takes.
    /// </summary>
    public bool IsRouted { get; }

    public abstract Type MessageType { get; }

    /// <summary>Reads the body as this codec's type.</summary>
    /// <exception cref="WireSerializationException">The body is not a valid message of the type.</exception>
    public abstract object DeserializeObject(ReadOnlySpan<byte> body);

    /// <summary>Writes <paramref name="message"/>, which must be of this codec's type.</summary>
    public abstract byte[] SerializeObject(object message);
}

/// <summary>Reads and writes <typeparamref name="T"/> with its generated formatter.</summary>
internal sealed class MessageCodec<T> : MessageCodec
    where T : class
{
    private readonly IWireFormatter<T> _formatter;

    /// <param name="messageUrn">The URN in the <c>MT-MessageType</c> header.</param>
    /// <param name="formatter">The generated formatter.</param>
    /// <param name="isRouted">Whether the message has a routing key or routing headers.</param>
    public MessageCodec(string messageUrn, IWireFormatter<T> formatter, bool isRouted = false)
        : base(messageUrn, isRouted)
    {
        _formatter = formatter;
    }

    public override Type MessageType => typeof(T);

    /// <summary>Reads a <typeparamref name="T"/> that spans all of <paramref name="body"/>.</summary>
    /// <exception cref="WireSerializationException">
    /// The body is malformed, does not match the type, has trailing bytes or is nil. The exception has no inner
    /// exception: MassTransit reports the innermost exception in <c>MT-Fault-Message</c>, so the whole reason,
    /// with the member path and byte offset, is in its message.
    /// </exception>
    public T Deserialize(ReadOnlySpan<byte> body)
    {
        T? message;
        int end;
        try
        {
            var reader = new WireReader(body, WireReaderOptions.Default);
            message = _formatter.Deserialize(ref reader);
            end = reader.Position;
        }
        catch (WireSerializationException exception)
        {
            throw Unreadable(exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A constructor or init accessor of the message rejected a value.
            throw Unreadable($"{exception.GetType().Name}: {exception.Message}");
        }

        if (end < body.Length)
        {
            throw Unreadable($"expected end of input, found {body.Length - end} trailing bytes at byte {end}");
        }

        return message ?? throw Unreadable("the body is nil, not a message");
    }

    public override object DeserializeObject(ReadOnlySpan<byte> body) => Deserialize(body);

    public byte[] Serialize(T message)
    {
        var buffer = SerializationBuffer.Rent();
        try
        {
            var writer = new WireWriter(buffer);
            _formatter.Serialize(ref writer, message);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            SerializationBuffer.Return(buffer);
        }
    }

    public override byte[] SerializeObject(object message) => Serialize((T)message);

    private WireSerializationException Unreadable(string reason) =>
        new($"Cannot read the application/msgpack body as {MessageUrn}: {reason}");
}

/// <summary>One growable buffer per thread, so serializing a message allocates only the exact-size body.</summary>
internal static class SerializationBuffer
{
    private const int MaxRetainedCapacity = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static ArrayBufferWriter<byte> Rent()
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(256);
        t_buffer = null;
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxRetainedCapacity)
        {
            buffer.ResetWrittenCount();
            t_buffer = buffer;
        }
    }
}
