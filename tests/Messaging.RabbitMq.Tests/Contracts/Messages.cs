using System;

namespace Messaging.RabbitMq.Tests.Contracts;

// The messages of the broker tests. Every [Handler] of the assembly is registered on every test bus, and each test
// class has its own virtual host, so each scenario has its own message types and queues.

// Publish to a handler; queue settings.
[Message("rmq.order-placed")]
public sealed record OrderPlaced(Guid OrderId, string Customer, decimal Total);

// Topic bindings: one queue with one pattern, one queue with two handlers binding different patterns.
[Message("rmq.invoice")]
public sealed record RegionalInvoice([property: RoutingKey] string Region, int Number);

// Send without an address, request/response.
[Message]
public sealed record ReserveStock(Guid ReservationId, string Sku, int Quantity);

[Message]
public sealed record GetQuote(Guid QuoteId, string Sku);

[Message]
public sealed record Quote(Guid QuoteId, string Sku, decimal Price);

// Retries and the error queue.
[Message]
public sealed record FlakyPayment(Guid PaymentId, int FailuresBeforeSuccess);

[Message]
public sealed record DoomedPayment(Guid PaymentId, string Reason);

// A poison body among good messages.
[Message]
public sealed record SensorReading(int Sensor, string Label);

// Message TTL and dead-lettering; a quorum queue.
[Message("rmq.expiring-offer")]
public sealed record ExpiringOffer(Guid OfferId, string Text);

[Message("rmq.ledger-posting")]
public sealed record LedgerPosting(Guid PostingId, decimal Amount);

// Partition keys over the consistent-hash exchange.
[Message("rmq.account-entry")]
public sealed record AccountEntry([property: PartitionKey] string Account, int Sequence);

// Partitioned and routed: a topic binding in front of the consistent-hash exchange.
[Message("rmq.freight-booked")]
public sealed record FreightBooked([property: RoutingKey] string Region, [property: PartitionKey] string Lane, int Number);

// A direct exchange: bindings equal the key.
[Message("rmq.payment-settled", DirectExchange = true)]
public sealed record PaymentSettled([property: RoutingKey] string Tier, int Number);

// A headers exchange.
public enum Severity
{
    Low,
    High,
}

[Message("rmq.alert")]
public sealed record Alert([property: RoutingHeader("region")] string Region, [property: RoutingHeader("severity")] Severity Severity, int Number);

// Tracing: the trace a handler runs in.
[Message("rmq.traced")]
public sealed record Traced(Guid Id);

// Poison messages among good ones: a handler that throws for a doomed parcel.
[Message("rmq.parcel")]
public sealed record Parcel(Guid ParcelId, int Weight, bool Doomed);

// The largest messages: the handler reports a summary, not the bytes.
[Message("rmq.payload")]
public sealed record Payload(Guid PayloadId, byte[] Data);

public sealed record PayloadSummary(Guid PayloadId, int Length, string Sha256);

/// <summary>For the delivery limit: a poison hazard never lets its handler finish (a crash loop); a safe one is handled.</summary>
[Message]
public sealed record Hazard(Guid HazardId, bool Poison);

// Polymorphic delivery: a handler of the base receives the derived messages published.
[Message("rmq.shipment")]
public record Shipment(Guid ShipmentId, string Destination);

[Message("rmq.express-shipment")]
public sealed record ExpressShipment(Guid ShipmentId, string Destination, int Hours) : Shipment(ShipmentId, Destination);

// A queue named with letters outside ASCII.
[Message("rmq.bestellung")]
public sealed record Bestellung(Guid BestellungId);
