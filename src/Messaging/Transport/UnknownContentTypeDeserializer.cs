using System;
using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;
using Messaging.Serialization;

namespace Messaging.Transport;

/// <summary>
/// The bus's default deserializer, which MassTransit uses for a message whose content type is missing or is none of the
/// registered ones: it refuses the message with a reason that says so and what to set, so the message goes to the queue's
/// <c>_error</c> queue with that reason (and the queue keeps consuming) instead of failing in MassTransit's JSON reader
/// with an error about JSON.
/// </summary>
/// <remarks>
/// Only a received message is refused. Other callers that ask for the default deserializer without a content type (an
/// outbox reading back what it stored) still get MassTransit's JSON, which was the default before.
/// </remarks>
internal sealed class UnknownContentTypeDeserializer : IMessageDeserializer, ISerializerFactory
{
    /// <summary>A media type nothing sends, under which MassTransit keeps this deserializer.</summary>
    public static readonly ContentType Placeholder = new("application/x-messaging-unknown-content-type");

    public static readonly UnknownContentTypeDeserializer Instance = new();

    public ContentType ContentType => Placeholder;

    public ConsumeContext Deserialize(ReceiveContext receiveContext)
    {
        var messageId = receiveContext.GetMessageId()?.ToString() ?? "(no MessageId)";
        var messageType = receiveContext.TransportHeaders.Get<string>(MessageHeaders.MessageType) is { Length: > 0 } type ? $" ({type})" : string.Empty;
        var found = receiveContext.ContentType?.MediaType;
        var what = string.IsNullOrWhiteSpace(found) ? "has no content type" : $"has content type '{found}', which this bus does not read";
        throw new WireSerializationException(
            $"The message {messageId}{messageType} {what}, so it cannot be read. The producer must set the AMQP content_type property " +
            $"to {MessagePackMessageSerializer.MessagePackContentType.MediaType} for a MessagePack body (Messaging's format), " +
            $"or to {SystemTextJsonMessageSerializer.JsonContentType.MediaType} for MassTransit's JSON envelope.");
    }

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null) =>
        SystemTextJsonMessageSerializer.Instance.Deserialize(body, headers, destinationAddress);

    public MessageBody GetMessageBody(string text) => SystemTextJsonMessageSerializer.Instance.GetMessageBody(text);

    public void Probe(ProbeContext context) => context.CreateScope("unknown-content-type").Add("contentType", Placeholder.MediaType);

    public IMessageSerializer CreateSerializer() =>
        throw new NotSupportedException($"{Placeholder.MediaType} is a placeholder for messages without a known content type; nothing is sent with it.");

    public IMessageDeserializer CreateDeserializer() => this;
}
