using System;
using MassTransit;
using MassTransit.RabbitMqTransport;
using Messaging.Transport;

namespace Messaging.RabbitMq;

/// <summary>
/// What AMQP carries itself, so MessagePack messages do not repeat it in headers: the message id and correlation id
/// are the <c>message_id</c> and <c>correlation_id</c> properties (MassTransit sets them on every send and reads them
/// back under the <c>MessageId</c> and <c>CorrelationId</c> header names), and a delivery names the exchange the
/// message was published to, which is where it was sent.
/// </summary>
internal static class RabbitMqMetadata
{
    public static readonly TransportMetadata Instance = new(idsInProperties: true, deliveredTo: DeliveredTo);

    /// <summary>
    /// The address of the exchange a delivery was published to, on the broker and virtual host of the queue it was
    /// received from: <c>rabbitmq://host/vhost/shop.order-placed</c>. <see langword="null"/> for the default exchange
    /// (a client publishing straight to the queue by name), which is a send to the queue.
    /// </summary>
    internal static Uri? DeliveredTo(Headers headers, Uri? inputAddress)
    {
        if (inputAddress is null
            || !headers.TryGetHeader(RabbitMqHeaders.Exchange, out var value)
            || value is not string exchange
            || exchange.Length == 0)
        {
            return null;
        }

        var path = inputAddress.AbsolutePath;
        return new UriBuilder(inputAddress) { Path = path[..(path.LastIndexOf('/') + 1)] + exchange, Query = string.Empty }.Uri;
    }
}
