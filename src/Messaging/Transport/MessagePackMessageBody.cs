using System;
using System.IO;
using MassTransit;

namespace Messaging.Transport;

/// <summary>A message body serialized when the transport first asks for it.</summary>
internal sealed class MessagePackMessageBody<T> : MessageBody
    where T : class
{
    private readonly MessageCodec<T> _codec;
    private readonly T _message;
    private readonly MessageSizeLimit? _sizeLimit;
    private byte[]? _bytes;

    public MessagePackMessageBody(MessageCodec<T> codec, T message, MessageSizeLimit? sizeLimit = null)
    {
        _codec = codec;
        _message = message;
        _sizeLimit = sizeLimit;
    }

    public long? Length => _bytes?.Length;

    public Stream GetStream() => new MemoryStream(GetBytes(), writable: false);

    /// <exception cref="InvalidOperationException">The body is over the transport's maximum message size.</exception>
    public byte[] GetBytes() => _bytes ??= Checked(_codec.Serialize(_message));

    private byte[] Checked(byte[] bytes)
    {
        _sizeLimit?.CheckPublish(TypeDisplay.Name(typeof(T)), bytes.Length);
        return bytes;
    }

    public string GetString() => Convert.ToBase64String(GetBytes());
}
