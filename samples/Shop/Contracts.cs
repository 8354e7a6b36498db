using System;
using System.Collections.Generic;
using Messaging;

namespace Shop.Contracts;

/// <summary>An order was placed: published to everyone interested.</summary>
/// <remarks>
/// <see cref="Region"/> is the routing key (a handler can bind to <c>eu.*</c>); <see cref="CustomerId"/> is the
/// partition key (one customer's orders are handled in the order they were placed).
/// </remarks>
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

/// <summary>Billing invoiced an order.</summary>
[Message("shop.invoice-created")]
public sealed record InvoiceCreated(Guid OrderId, string InvoiceNumber, decimal Amount, string CustomerId);

/// <summary>A command to the carrier: ship this order. Sent, not published; nobody gives it an address.</summary>
[Message("shop.ship-order")]
public sealed record ShipOrder(Guid OrderId, string CustomerId);

/// <summary>The carrier shipped an order.</summary>
[Message("shop.order-shipped")]
public sealed record OrderShipped(Guid OrderId, string TrackingNumber, int Attempts);

/// <summary>A request: where is this order?</summary>
[Message("shop.get-order-status")]
public sealed record GetOrderStatus(Guid OrderId);

/// <summary>The response to <see cref="GetOrderStatus"/>.</summary>
[Message("shop.order-status")]
public sealed record OrderStatus(Guid OrderId, string Status, string? InvoiceNumber, string? TrackingNumber);
