using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace Messaging.Tests.Bus.Infrastructure;

/// <summary>
/// Sends exactly the given bytes with the given content type and <c>MT-MessageType</c>, as a foreign producer (pika,
/// a broken service) would: the message object passed to <c>Send</c> is only a placeholder.
/// </summary>
public sealed class RawBodySerializer(string contentType, byte[] body, string? messageType) : IMessageSerializer
{
    public ContentType ContentType { get; } = new(contentType);

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class
    {
        if (context.MessageId is { } messageId)
        {
            context.Headers.Set(MessageHeaders.MessageId, messageId.ToString());
        }

        if (messageType is not null)
        {
            context.Headers.Set(MessageHeaders.MessageType, messageType);
        }

        return new BytesMessageBody(body);
    }
}
