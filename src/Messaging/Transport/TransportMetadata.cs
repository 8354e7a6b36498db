using System;
using MassTransit;

namespace Messaging.Transport;

/// <summary>
/// What a transport already carries of a message's metadata, so the MessagePack serializer does not write it again
/// as headers (see <see cref="MessagePackHeaders.Write"/>).
/// </summary>
/// <remarks>
/// On the in-memory transport everything travels as headers (<see cref="HeadersOnly"/>). RabbitMQ has AMQP message
/// properties that MassTransit fills and reads back as the same headers, and tells a consumer which exchange a
/// delivery was published to.
/// </remarks>
internal sealed class TransportMetadata
{
    /// <summary>Every value as a header: a transport with no message properties of its own.</summary>
    public static readonly TransportMetadata HeadersOnly = new(idsInProperties: false, deliveredTo: null);

    /// <param name="idsInProperties">
    /// Whether the transport sends the message id and correlation id as message properties of its own, and exposes
    /// them on receive under the <c>MessageId</c> and <c>CorrelationId</c> header names (MassTransit's RabbitMQ
    /// transport does, with the AMQP <c>message_id</c> and <c>correlation_id</c> properties).
    /// </param>
    /// <param name="deliveredTo">
    /// Where a received message was sent, from what the transport reports about its delivery (RabbitMQ: the exchange it
    /// was published to), given its transport headers and the queue it was received from; or <see langword="null"/>
    /// when the transport cannot tell. When set, the <see cref="MessagePackHeaders.DestinationAddress"/> header is
    /// written only for a message whose delivery will not name its destination: a delayed one, which the transport
    /// routes through an exchange of its own.
    /// </param>
    public TransportMetadata(bool idsInProperties, Func<Headers, Uri?, Uri?>? deliveredTo)
    {
        IdsInProperties = idsInProperties;
        DeliveredTo = deliveredTo;
    }

    /// <summary>Whether the message id and correlation id travel as the transport's own message properties.</summary>
    public bool IdsInProperties { get; }

    /// <summary>Where a received message was sent, according to its delivery; <see langword="null"/> when the transport cannot tell.</summary>
    public Func<Headers, Uri?, Uri?>? DeliveredTo { get; }
}
