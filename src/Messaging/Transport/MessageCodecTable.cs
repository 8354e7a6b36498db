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
    private readonly FrozenDictionary<Type, string> _messageTypes;

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
        _messageTypes = ListMessageTypes(byType.Values);
    }

    /// <summary>
    /// The <c>MT-MessageType</c> value a message of <paramref name="codec"/>'s type is sent with: its own URN, then the
    /// URNs of the registered types it derives from, most derived first (<c>urn:…:ExpressShipment;urn:…:Shipment</c>).
    /// </summary>
    /// <remarks>
    /// As MassTransit's envelope lists every type a message is: MassTransit delivers a published type to the
    /// exchanges of its base types, and a consumer of a base type takes a message only when its header names that type.
    /// </remarks>
    public string MessageTypesOf(MessageCodec codec) => _messageTypes.TryGetValue(codec.MessageType, out var types) ? types : codec.MessageUrn;

    // Each type's URN followed by those of its registered base types, nearest first (a base has fewer registered
    // bases of its own). Type.IsAssignableFrom reads no metadata by reflection and is safe for trimming and AOT.
    private static FrozenDictionary<Type, string> ListMessageTypes(IEnumerable<MessageCodec> codecs)
    {
        var all = new List<MessageCodec>(codecs);
        var result = new Dictionary<Type, string>();
        foreach (var codec in all)
        {
            var bases = new List<MessageCodec>();
            foreach (var other in all)
            {
                if (other.MessageType != codec.MessageType && other.MessageType.IsAssignableFrom(codec.MessageType))
                {
                    bases.Add(other);
                }
            }

            if (bases.Count == 0)
            {
                continue;
            }

            bases.Sort((left, right) => left.MessageType.IsAssignableFrom(right.MessageType) ? 1 : right.MessageType.IsAssignableFrom(left.MessageType) ? -1 : 0);
            var urns = new string[bases.Count + 1];
            urns[0] = codec.MessageUrn;
            for (var i = 0; i < bases.Count; i++)
            {
                urns[i + 1] = bases[i].MessageUrn;
            }

            result.Add(codec.MessageType, string.Join(";", urns));
        }

        return result.ToFrozenDictionary();
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
