using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace Messaging.Transport;

/// <summary>
/// One received raw MessagePack message: offers it as each registered type its <c>MT-MessageType</c> header names,
/// decoding the body once, on first request, with that type's generated formatter.
/// </summary>
internal sealed class MessagePackSerializerContext : BaseSerializerContext
{
    private readonly MessageCodecTable _codecs;
    private readonly TransportMetadata _metadata;
    private readonly MessageBody _body;
    private object? _message;

    public MessagePackSerializerContext(MessageCodecTable codecs, TransportMetadata metadata, MessageContext messageContext, string[] supportedMessageTypes, MessageBody body)
        : base(SystemTextJsonMessageSerializer.Instance, messageContext, supportedMessageTypes)
    {
        _codecs = codecs;
        _metadata = metadata;
        _body = body;
    }

    // No "no header means any type" fallback as MassTransit's raw JSON has: bytes that do not say what they are
    // would be decoded as whatever type a consumer asks for first.
    public override bool IsSupportedMessageType<T>() => _codecs.TryGet<T>(out var codec) && IsListed(codec.MessageUrn);

    public override bool IsSupportedMessageType(Type messageType) => TryGetCodec(messageType, out _);

    public override bool TryGetMessage<T>(out T? message)
        where T : class
    {
        if (!_codecs.TryGet<T>(out var codec) || !IsListed(codec.MessageUrn))
        {
            message = null;
            return false;
        }

        if (_message is T decoded)
        {
            message = decoded;
            return true;
        }

        // Throws WireSerializationException for a poison body; MassTransit then moves the message to the
        // queue's _error queue with that exception's message.
        message = (T)Decode(typeof(T), codec);
        return true;
    }

    public override bool TryGetMessage(Type messageType, [NotNullWhen(true)] out object? message)
    {
        if (!TryGetCodec(messageType, out var codec))
        {
            message = null;
            return false;
        }

        if (_message is not null && messageType.IsInstanceOfType(_message))
        {
            message = _message;
            return true;
        }

        message = Decode(messageType, codec);
        return true;
    }

    // A message is what its header names first: a derived message (ExpressShipment;Shipment) asked for as its base is
    // read with the derived type's formatter when this bus has it, so a handler of the base gets the whole message. A
    // bus without it reads the body with the base's formatter, whose fields come first in the derived layout (the
    // generator puts base members first) and which skips the fields it does not know.
    private object Decode(Type requested, MessageCodec requestedCodec)
    {
        var codec = requestedCodec;
        foreach (var urn in SupportedMessageTypes)
        {
            if (_codecs.TryGet(urn, out var listed))
            {
                if (requested.IsAssignableFrom(listed.MessageType))
                {
                    codec = listed;
                }

                break;
            }
        }

        var message = codec.DeserializeObject(_body.GetBytes());
        _message = message;
        return message;
    }

    /// <summary>Forwarding, redelivery and the outbox re-send the original bytes with their headers.</summary>
    public override IMessageSerializer GetMessageSerializer() => new BodySerializer(_body, string.Join(";", SupportedMessageTypes), _metadata, IsRouted(), SentTime);

    public override IMessageSerializer GetMessageSerializer(object message, string[] messageTypes)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_codecs.TryGet(message.GetType(), out var codec))
        {
            throw new NotSupportedException($"{message.GetType().FullName} has no MessagePack route on this bus.");
        }

        return new BodySerializer(new BytesMessageBody(codec.SerializeObject(message)), _codecs.MessageTypesOf(codec), _metadata, codec.IsRouted, sentTime: null);
    }

    public override IMessageSerializer GetMessageSerializer<T>(MessageEnvelope envelope, T message) =>
        throw new NotSupportedException("Routing slips (Courier) cannot carry application/msgpack messages; send them as JSON.");

    public override Dictionary<string, object> ToDictionary<T>(T? message)
        where T : class =>
        throw new NotSupportedException("Courier, futures and job consumers cannot read application/msgpack messages as dictionaries; send them as JSON.");

    private bool TryGetCodec(Type messageType, out MessageCodec codec)
    {
        foreach (var urn in SupportedMessageTypes)
        {
            if (_codecs.TryGet(urn, out codec) && codec.MessageType == messageType)
            {
                return true;
            }
        }

        codec = null!;
        return false;
    }

    // Whether any of the message's types is one that bindings filter.
    private bool IsRouted()
    {
        foreach (var urn in SupportedMessageTypes)
        {
            if (_codecs.TryGet(urn, out var codec) && codec.IsRouted)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsListed(string messageUrn)
    {
        foreach (var urn in SupportedMessageTypes)
        {
            if (string.Equals(urn, messageUrn, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sends an already-serialized MessagePack body with the send context's ids and the given message types.</summary>
    private sealed class BodySerializer(MessageBody body, string messageTypes, TransportMetadata metadata, bool routed, DateTime? sentTime) : IMessageSerializer
    {
        public ContentType ContentType => MessagePackMessageSerializer.MessagePackContentType;

        public MessageBody GetMessageBody<T>(SendContext<T> context)
            where T : class
        {
            MessagePackHeaders.Write(context, messageTypes, metadata, routed, sentTime);
            return body;
        }
    }
}
