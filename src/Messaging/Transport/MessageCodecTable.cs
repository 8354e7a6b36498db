using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Messaging.Transport;

/// <summary>
/// The message types one bus reads and writes as MessagePack, by CLR type (for sending and for MassTransit's typed
/// <c>TryGetMessage&lt;T&gt;</c>) and by message URN (for the <c>MT-MessageType</c> header). Built from the
/// registrations when the bus is configured; immutable afterwards.
/// </summary>
internal sealed class MessageCodecTable
{
    private readonly FrozenDictionary<Type, MessageCodec> _byType;
    private readonly FrozenDictionary<string, MessageCodec> _byUrn;

    public MessageCodecTable(IEnumerable<MessageCodec> codecs)
    {
        var byType = new Dictionary<Type, MessageCodec>();
        // MassTransit compares message URNs case-insensitively; so do we.
        var byUrn = new Dictionary<string, MessageCodec>(StringComparer.OrdinalIgnoreCase);
        foreach (var codec in codecs)
        {
            byType[codec.MessageType] = codec;
            if (!byUrn.TryAdd(codec.MessageUrn, codec) && byUrn[codec.MessageUrn].MessageType != codec.MessageType)
            {
                throw new InvalidOperationException(
                    $"Message types {byUrn[codec.MessageUrn].MessageType.FullName} and {codec.MessageType.FullName} both use the message URN " +
                    $"'{codec.MessageUrn}'; a receiver could not tell them apart. Give one of them another namespace or name.");
            }
        }

        _byType = byType.ToFrozenDictionary();
        _byUrn = byUrn.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public bool TryGet<T>(out MessageCodec<T> codec)
        where T : class
    {
        if (_byType.TryGetValue(typeof(T), out var found))
        {
            codec = (MessageCodec<T>)found;
            return true;
        }

        codec = null!;
        return false;
    }

    public bool TryGet(Type messageType, out MessageCodec codec) => _byType.TryGetValue(messageType, out codec!);

    public bool TryGet(string messageUrn, out MessageCodec codec) => _byUrn.TryGetValue(messageUrn, out codec!);
}
