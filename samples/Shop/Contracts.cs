using System;
using System.Collections.Generic;
using Messaging;

namespace Shop.Contracts;

/// <summary>An order was placed: published to everyone interested.</summary>
[Message("shop.order-placed")]
public sealed record OrderPlaced(
    Guid OrderId,
    [property: RoutingKey] string Region,
    decimal Total,
    [property: PartitionKey] string CustomerId,
    IReadOnlyList<OrderLine> Lines,
    DateTime PlacedAt);

/// <summary>One line of an order.</summary>
[Message]
public sealed record OrderLine(string Sku, int Quantity, decimal Price);
