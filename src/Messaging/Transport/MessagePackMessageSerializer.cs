using System;
using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;
using Messaging.Serialization;

namespace Messaging.Transport;

/// <summary>
/// MassTransit's serializer and deserializer for raw MessagePack bodies: the body is the message alone, written by
/// its generated formatter; the message id, correlation id, conversation id, request id, addresses, message type and
/// sent time travel as transport headers (<see cref="MessagePackHeaders"/>).
/// </summary>
/// <remarks>
/// A MessagePack body does not say what type it is, so a message without an <c>MT-MessageType</c> header is rejected
/// (it goes to the queue's <c>_error</c> queue with the reason) rather than guessed at.
/// </remarks>
internal sealed class MessagePackMessageSerializer : IMessageSerializer, IMessageDeserializer
{
    /// <summary>The content type we send: <c>application/msgpack</c>.</summary>
    public static readonly ContentType MessagePackContentType = new("application/msgpack");

    /// <summary>The older, unregistered name some producers still use: <c>application/x-msgpack</c>. Accepted on receive.</summary>
    public static readonly ContentType LegacyMessagePackContentType = new("application/x-msgpack");

    private readonly MessageCodecTable _codecs;
    private readonly TransportMetadata _metadata;
    private readonly MessageSizeLimit? _sizeLimit;

    /// <param name="codecs">The registered message types.</param>
    /// <param name="contentType">The content type this instance writes or reads.</param>
    /// <param name="metadata">What the transport carries itself, left out of the headers; by default nothing.</param>
    /// <param name="sizeLimit">The largest body sent or read; by default none.</param>
    public MessagePackMessageSerializer(MessageCodecTable codecs, ContentType contentType, TransportMetadata? metadata = null, MessageSizeLimit? sizeLimit = null)
    {
        _codecs = codecs;
        ContentType = contentType;
        _metadata = metadata ?? TransportMetadata.HeadersOnly;
        _sizeLimit = sizeLimit;
    }

    public ContentType ContentType { get; }

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class
    {
        if (!_codecs.TryGet<T>(out var codec))
        {
            throw new InvalidOperationException(
                $"{typeof(T).FullName} has no MessagePack route on this bus, so it cannot be sent as {ContentType.MediaType}. " +
                "Mark it [Message] and register it with AddMessage (the generated Add{Assembly}() does).");
        }

        MessagePackHeaders.Write(context, _codecs.MessageTypesOf(codec), _metadata, codec.IsRouted);
        return new MessagePackMessageBody<T>(codec, context.Message, _sizeLimit);
    }

    public ConsumeContext Deserialize(ReceiveContext receiveContext)
    {
        // A body over the limit is not read: it goes to the _error queue with the reason, and the queue moves on.
        if (_sizeLimit is not null
            && _sizeLimit.ReceiveViolation(receiveContext.TransportHeaders.Get<string>(MessageHeaders.MessageType) ?? "no message type",
                receiveContext.Body.Length ?? receiveContext.Body.GetBytes().Length) is { } violation)
        {
            throw new WireSerializationException(violation);
        }

        return new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress));
    }

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null)
    {
        var messageTypes = MessagePackHeaders.ReadMessageTypes(headers);
        if (messageTypes.Length == 0)
        {
            throw new WireSerializationException(
                $"The {ContentType.MediaType} message {headers.GetMessageId()?.ToString() ?? "(no MessageId)"} has no {MessageHeaders.MessageType} header. " +
                $"MessagePack bodies do not say what type they are: the producer must set {MessageHeaders.MessageType} to the message URN, " +
                "e.g. urn:message:Shop.Contracts:OrderPlaced.");
        }

        if (!AnyRegistered(messageTypes))
        {
            // MassTransit would move it to _skipped without a word; it is a message this bus cannot read, so it is a fault.
            throw new WireSerializationException(
                $"The {ContentType.MediaType} message {headers.GetMessageId()?.ToString() ?? "(no MessageId)"} is of type {string.Join(", ", messageTypes)}, " +
                $"which is not registered on this bus, so it cannot be read. Register the [Message] type here (the generated Add{{Assembly}}() does), " +
                $"or correct the producer's {MessageHeaders.MessageType} header.");
        }

        return new MessagePackSerializerContext(_codecs, _metadata, new MessagePackMessageContext(headers, _metadata, destinationAddress), messageTypes, body);
    }

    private bool AnyRegistered(string[] messageTypes)
    {
        foreach (var urn in messageTypes)
        {
            if (_codecs.TryGet(urn, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The outbox stores bodies as text; ours are binary.
    public MessageBody GetMessageBody(string text) => new Base64MessageBody(text);

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateScope("msgpack");
        scope.Add("contentType", ContentType.MediaType);
        scope.Add("provider", "Messaging");
    }
}
