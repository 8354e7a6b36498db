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
    private byte[]? _bytes;

    public MessagePackMessageBody(MessageCodec<T> codec, T message)
    {
        _codec = codec;
        _message = message;
    }

    public long? Length => _bytes?.Length;

    public Stream GetStream() => new MemoryStream(GetBytes(), writable: false);

    public byte[] GetBytes() => _bytes ??= _codec.Serialize(_message);

    public string GetString() => Convert.ToBase64String(GetBytes());
}
