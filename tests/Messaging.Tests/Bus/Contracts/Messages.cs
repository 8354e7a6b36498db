using System;
using System.Collections.Generic;

namespace Messaging.Tests.Bus.Contracts;

// The messages the bus tests send. Each scenario has its own types and queues, so one bus can carry every handler
// without one test's messages reaching another test's handlers.

[Message("tests.order-placed")]
public sealed record OrderPlaced(Guid OrderId, string Customer, decimal Total, IReadOnlyList<OrderLine> Lines, DateTimeOffset PlacedAt);

[Message]
public sealed record OrderLine(string Sku, int Quantity);

[Message]
public sealed record Greet(string Name);

[Message]
public sealed record GetQuote(string Sku, int Quantity);

[Message]
public sealed record Quote(string Sku, decimal Price);

[Message]
public sealed record ShipOrder(Guid OrderId);

[Message]
public sealed record OrderShipped(Guid OrderId, string Carrier);

[Message]
public sealed record ReserveStock(Guid OrderId, string Sku);

[Message]
public sealed record ChargeCard(Guid PaymentId, int FailuresBeforeSuccess);

[Message]
public sealed record ImportFile(string Name);

[Message]
public sealed record RejectOrder(string Reason);

[Message]
public sealed record Measurement(int Sensor, string Label);

[Message]
public sealed record RegionalOrder([property: RoutingKey] string Region, int Number);

[Message]
public sealed record Shipment([property: RoutingKey] string Lane, int Number);

[Message]
public sealed record CustomerActivity([property: PartitionKey] string CustomerId, int Sequence);

[Message]
public sealed record SensorReading([property: RoutingKey] string Zone, [property: PartitionKey] string Device, int Sequence);

[Message]
public sealed record Tick(int Number);
