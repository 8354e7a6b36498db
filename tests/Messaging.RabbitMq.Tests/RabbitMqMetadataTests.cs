using System;
using MassTransit.Serialization;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// Where a delivery says a message was sent: the exchange it was published to, on the broker and virtual host of the
/// queue it arrived on. No broker needed: the exchange is what MassTransit's RabbitMQ transport exposes as a header.
/// </summary>
public sealed class RabbitMqMetadataTests
{
    [Theory]
    [InlineData("rabbitmq://localhost/billing", "shop.order-placed", "rabbitmq://localhost/shop.order-placed")]
    [InlineData("rabbitmq://rabbit.internal:5673/shop/billing", "shop.order-placed", "rabbitmq://rabbit.internal:5673/shop/shop.order-placed")]
    [InlineData("rabbitmq://localhost/shop/billing.partition-3", "billing", "rabbitmq://localhost/shop/billing")]
    [InlineData("rabbitmq://localhost/shop/billing", "Shop.Contracts:OrderPlaced", "rabbitmq://localhost/shop/Shop.Contracts:OrderPlaced")]
    public void Destination_is_the_exchange_the_delivery_names_next_to_the_queue(string input, string exchange, string expected)
    {
        var destination = DeliveredTo(input, exchange);

        Assert.Equal(new Uri(expected), destination);
        Assert.Equal(exchange, destination!.AbsolutePath.Split('/')[^1]);
    }

    [Fact]
    public void Default_exchange_or_no_exchange_says_nothing_so_the_message_counts_as_sent_to_its_queue()
    {
        Assert.Null(DeliveredTo("rabbitmq://localhost/shop/billing", ""));
        Assert.Null(DeliveredTo("rabbitmq://localhost/shop/billing", null));
    }

    private static Uri? DeliveredTo(string input, string? exchange)
    {
        var headers = new DictionarySendHeaders();
        if (exchange is not null)
        {
            headers.Set("RabbitMQ-ExchangeName", exchange);
        }

        return RabbitMqMetadata.DeliveredTo(headers, new Uri(input));
    }
}
