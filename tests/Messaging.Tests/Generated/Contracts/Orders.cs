using System;
using System.Collections.Generic;

namespace Messaging.Tests.Generated.Contracts;

public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
}

/// <summary>The order of docs/wire-format.md, grown by the types an order usually carries.</summary>
[Message("shop.order-placed")]
public sealed record OrderPlaced(
    Guid OrderId,
    string Region,
    decimal Total,
    string CustomerId,
    IReadOnlyList<OrderLine> Lines,
    DateTime PlacedAt,
    OrderStatus Status,
    string? CouponCode,
    Dictionary<string, string> Attributes,
    byte[] Signature);

[Message]
public sealed record OrderLine(string Sku, int Quantity, decimal Price);
