using System;
using System.Globalization;
using MassTransit;

namespace Messaging.Transport;

/// <summary>
/// The transport headers that carry what MassTransit's JSON envelope would: the same names MassTransit's raw
/// serializers use, so MassTransit, and any AMQP client, read them; plus <see cref="SentTime"/> and
/// <see cref="DestinationAddress"/>, which MassTransit's raw mode does not carry. What the transport carries itself
/// (<see cref="TransportMetadata"/>) or the message id says is not written twice.
/// </summary>
/// <remarks>
/// Unlike MassTransit's <c>RawMessageSerializer.SetRawMessageHeaders</c>, this writes no <c>MT-Host-Info</c>: that
/// header is JSON serialized by reflection on every send, and says nothing a consumer needs.
/// </remarks>
internal static class MessagePackHeaders
{
    /// <summary>
    /// When the message was sent: UTC, ISO 8601 round-trip format (<c>2025-01-31T12:00:00.0000000Z</c>). A string,
    /// because transports disagree on date header types (RabbitMQ would truncate a timestamp to seconds).
    /// </summary>
    public const string SentTime = "SentTime";

    /// <summary>
    /// Where the message was sent or published: the queue of a send, the exchange of a publish (as the JSON
    /// envelope's <c>destinationAddress</c>). It tells a message sent to a queue from one that reached the queue
    /// through a binding, so routing-key bindings are applied to published messages only (<see cref="RoutingKeyFilter{T}"/>).
    /// </summary>
    public const string DestinationAddress = "DestinationAddress";

    /// <summary>Writes the headers of a message being sent, leaving out what the transport or the message id already carry.</summary>
    /// <param name="context">The send context, whose ids and addresses are written.</param>
    /// <param name="messageType">The <c>MT-MessageType</c> value.</param>
    /// <param name="metadata">What the transport carries itself: then <c>MessageId</c>, <c>CorrelationId</c> and <see cref="DestinationAddress"/> are not written.</param>
    /// <param name="routed">
    /// Whether bindings filter the message (it has a routing key or routing headers): then <see cref="DestinationAddress"/>
    /// is written whatever the transport, so a copy moved back from the error queue — delivered by the queue's name,
    /// through no exchange — is still filtered as the publish it was.
    /// </param>
    /// <param name="sentTime">When the message was first sent, for a forwarded or redelivered message; else the context's.</param>
    /// <remarks>
    /// <see cref="SentTime"/> is written only when the message id does not say it: MassTransit takes a message's sent
    /// time from its <c>NewId</c> message id, whose first 64 bits are that time in ticks, and the reader takes it back
    /// from there (<see cref="MessagePackMessageContext.SentTime"/>). A message whose id was replaced, or a forwarded
    /// one keeping an earlier time, gets the header.
    /// </remarks>
    public static void Write(SendContext context, string messageType, TransportMetadata metadata, bool routed, DateTime? sentTime = null)
    {
        var headers = context.Headers;
        if (!metadata.IdsInProperties)
        {
            if (context.MessageId is { } messageId)
            {
                headers.Set(MessageHeaders.MessageId, messageId.ToString());
            }

            if (context.CorrelationId is { } correlationId)
            {
                headers.Set(MessageHeaders.CorrelationId, correlationId.ToString());
            }
        }

        if (context.ConversationId is { } conversationId)
        {
            headers.Set(MessageHeaders.ConversationId, conversationId.ToString());
        }

        if (context.InitiatorId is { } initiatorId)
        {
            headers.Set(MessageHeaders.InitiatorId, initiatorId.ToString());
        }

        if (context.RequestId is { } requestId)
        {
            headers.Set(MessageHeaders.RequestId, requestId.ToString());
        }

        headers.Set(MessageHeaders.MessageType, messageType);

        if (context.ResponseAddress is { } responseAddress)
        {
            headers.Set(MessageHeaders.ResponseAddress, responseAddress);
        }

        if (context.FaultAddress is { } faultAddress)
        {
            headers.Set(MessageHeaders.FaultAddress, faultAddress);
        }

        if (context.SourceAddress is { } sourceAddress)
        {
            headers.Set(MessageHeaders.SourceAddress, sourceAddress);
        }

        // This send's own destination, also when forwarding: a forwarded message arrives where it was sent. A transport
        // whose delivery names it leaves it out, unless bindings filter the message or a delay routes it through
        // another exchange first.
        if (context.DestinationAddress is { } destinationAddress
            && (metadata.DeliveredTo is null || routed || context.Delay is { } delay && delay > TimeSpan.Zero))
        {
            headers.Set(DestinationAddress, destinationAddress);
        }

        var sent = (sentTime ?? context.SentTime ?? DateTime.UtcNow).ToUniversalTime();
        if (context.MessageId is not { } id || TimeOfMessageId(id) != sent)
        {
            headers.Set(SentTime, sent.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The time inside a MassTransit <c>NewId</c> (its first 64 bits, in ticks), or <see langword="null"/> when the id
    /// cannot be one: a random <c>Guid</c> decodes to a time outside 2000 to a day from now.
    /// </summary>
    public static DateTime? TimeOfMessageId(Guid messageId)
    {
        var timestamp = messageId.ToNewId().Timestamp;
        return timestamp > new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) && timestamp < DateTime.UtcNow.AddDays(1) ? timestamp : null;
    }

    /// <summary>The message URNs of <c>MT-MessageType</c> (<c>;</c>-separated, blanks ignored), or none.</summary>
    public static string[] ReadMessageTypes(Headers headers)
    {
        if (!headers.TryGetHeader(MessageHeaders.MessageType, out var value))
        {
            return [];
        }

        var text = value switch
        {
            string s => s,
            // An AMQP client that sends the header as bytes (a pika "longstr").
            byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
            _ => null,
        };

        return string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    public static DateTime? ReadSentTime(Headers headers)
    {
        if (headers.TryGetHeader(SentTime, out var value) && ToUtc(value) is { } sent)
        {
            return sent;
        }

        // An AMQP producer's `timestamp` property, as MassTransit's RabbitMQ transport exposes it.
        if (headers.TryGetHeader(MessageHeaders.TransportSentTime, out value) && ToUtc(value) is { } transportSent)
        {
            return transportSent;
        }

        return null;
    }

    /// <summary>
    /// Where a received message was sent: the <see cref="DestinationAddress"/> header, else what the transport says
    /// about its delivery; <see langword="null"/> when neither tells (it then counts as sent to its queue).
    /// </summary>
    public static Uri? ReadDestinationAddress(Headers headers, TransportMetadata metadata, Uri? inputAddress) =>
        ReadDestinationHeader(headers) ?? metadata.DeliveredTo?.Invoke(headers, inputAddress);

    private static Uri? ReadDestinationHeader(Headers headers)
    {
        if (!headers.TryGetHeader(DestinationAddress, out var value))
        {
            return null;
        }

        return value switch
        {
            Uri uri => uri,
            string text when Uri.TryCreate(text, UriKind.Absolute, out var parsed) => parsed,
            byte[] bytes when Uri.TryCreate(System.Text.Encoding.UTF8.GetString(bytes), UriKind.Absolute, out var parsed) => parsed,
            _ => null,
        };
    }

    private static DateTime? ToUtc(object value) => value switch
    {
        DateTime dateTime => dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime.ToUniversalTime(),
        DateTimeOffset offset => offset.UtcDateTime,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed.UtcDateTime,
        _ => null,
    };
}
