using System;
using System.Globalization;
using MassTransit;

namespace Messaging.Transport;

/// <summary>
/// The transport headers that carry what MassTransit's JSON envelope would: the same names MassTransit's raw
/// serializers use, so MassTransit, and any AMQP client, read them; plus <see cref="SentTime"/> and
/// <see cref="DestinationAddress"/>, which MassTransit's raw mode does not carry.
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

    /// <summary>Writes the headers of a message being sent.</summary>
    /// <param name="context">The send context, whose ids and addresses are written.</param>
    /// <param name="messageType">The <c>MT-MessageType</c> value.</param>
    /// <param name="sentTime">When the message was first sent, for a forwarded or redelivered message; else now.</param>
    public static void Write(SendContext context, string messageType, DateTime? sentTime = null)
    {
        var headers = context.Headers;
        if (context.MessageId is { } messageId)
        {
            headers.Set(MessageHeaders.MessageId, messageId.ToString());
        }

        if (context.CorrelationId is { } correlationId)
        {
            headers.Set(MessageHeaders.CorrelationId, correlationId.ToString());
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

        // This send's own destination, also when forwarding: a forwarded message arrives where it was sent.
        if (context.DestinationAddress is { } destinationAddress)
        {
            headers.Set(DestinationAddress, destinationAddress);
        }

        var sent = sentTime ?? context.SentTime ?? DateTime.UtcNow;
        headers.Set(SentTime, sent.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
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

    /// <summary>The <see cref="DestinationAddress"/> header, or <see langword="null"/> when absent or not an absolute URI.</summary>
    public static Uri? ReadDestinationAddress(Headers headers)
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
