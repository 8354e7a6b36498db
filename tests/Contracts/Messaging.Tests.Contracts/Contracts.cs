using System;
using System.Collections.Generic;
using Messaging;

namespace Messaging.Tests.Contracts;

/// <summary>Published by the tests, handled by both services: nested messages, collections and a dictionary.</summary>
[Message("contracts.order-submitted")]
public sealed record OrderSubmitted(
    Guid OrderId,
    [property: RoutingKey] string Region,
    decimal Total,
    Address ShipTo,
    IReadOnlyList<OrderLine> Lines,
    List<string> Tags,
    Dictionary<string, int> Quantities,
    Address[] Returns,
    DateTimeOffset SubmittedAt);

[Message]
public sealed record OrderLine(string Sku, int Quantity, decimal Price);

[Message]
public sealed record Address(string Street, string City, string? Country);

/// <summary>What the shipping service publishes back (a cascaded result), which billing handles.</summary>
[Message("contracts.order-shipped")]
public sealed record OrderShipped(Guid OrderId, string Carrier, Address To);
