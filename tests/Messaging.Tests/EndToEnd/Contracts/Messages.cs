using System;
using System.Collections.Generic;

namespace Messaging.Tests.EndToEnd.Contracts;

// The messages of the end-to-end tests. Every [Handler] of the test assembly is registered on every test bus by the
// generated AddMessagingTests(), so each scenario has its own message types: a test's messages reach only the
// handlers of its scenario.

// Dependency injection and handler parameters.
[Message]
public sealed record StartCheckout(Guid CheckoutId);

// A static handler returning a message (cascading publish).
[Message]
public sealed record ShipParcel(Guid ParcelId, string Destination);

[Message]
public sealed record ParcelShipped(Guid ParcelId, string Destination, string Carrier);

// Consume scopes: a handler that takes no services runs without one; one that does gets one.
[Message]
public sealed record ProbeScopeless(Guid Id);

[Message]
public sealed record ProbeScoped(Guid Id);

// Tracing: the trace a handler runs in.
[Message]
public sealed record ProbeTrace(Guid Id);

// Return shapes: one message type per shape.
[Message]
public sealed record ShapeVoid(Guid Id);

[Message]
public sealed record ShapeTask(Guid Id);

[Message]
public sealed record ShapeValueTask(Guid Id);

[Message]
public sealed record ShapeMessage(Guid Id, int Value);

[Message]
public sealed record ShapeTaskOfMessage(Guid Id, int Value);

[Message]
public sealed record ShapeValueTaskOfMessage(Guid Id, int Value);

[Message]
public sealed record ShapeReply(Guid Id, string Shape, int Value);

// Send without an address: each command is consumed by exactly one queue of this assembly.
[Message]
public sealed record DispatchParcel(Guid ParcelId, string Label);

[Message]
public sealed record PackParcel(Guid ParcelId, IReadOnlyList<string> Labels);

// Retries.
[Message]
public sealed record FlakyCharge(Guid ChargeId, int FailuresBeforeSuccess);

[Message]
public sealed record DoomedImport(Guid ImportId, string File);

[Message]
public sealed record RejectParcel(Guid ParcelId, bool Ignorable);

// A poison body among good messages.
[Message]
public sealed record TelemetrySample(int Sensor, string Label);

// Routing-key bindings.
[Message]
public sealed record RegionalInvoice([property: RoutingKey] string Region, int Number);

// Partition keys.
[Message]
public sealed record LedgerEntry([property: PartitionKey] string Account, int Sequence);

// Prefetch count and concurrency limit.
[Message]
public sealed record TunedWork(int Number);

// The wire format, with an explicit entity name.
[Message("e2e.wire-sample")]
public sealed record WireSample(
    Guid Id,
    string Name,
    decimal Amount,
    DateTimeOffset At,
    WireColor Color,
    int? Missing,
    IReadOnlyList<WireLine> Lines,
    byte[] Blob);

[Message]
public sealed record WireLine(string Sku, int Quantity);

public enum WireColor
{
    Red,
    Green,
    Blue,
}

// Routing-key bindings apply to published messages only: a command sent to the bound queue is handled whatever its key.
[Message]
public sealed record RouteParcel([property: RoutingKey] string Region, int Number);

// The same on a partitioned queue, through its dispatcher.
[Message]
public sealed record RouteFreight([property: RoutingKey] string Region, [property: PartitionKey] string Lane, int Number);

// A headers exchange: routing headers and header-match bindings.
[Message]
public sealed record SeverityAlert([property: RoutingHeader("region")] string Region, [property: RoutingHeader("level")] int Level, int Number);

/// <summary>For the [Idempotent] handlers: credited once per message id, however often delivered.</summary>
[Message]
public sealed record CreditAccount(Guid CreditId, decimal Amount, int FailuresBeforeSuccess);

/// <summary>For the static [Idempotent] handler, whose consumer runs without a container scope.</summary>
[Message]
public sealed record StampVisit(Guid VisitId);

/// <summary>For an [Idempotent] handler on a partitioned queue: de-duplicated within each key's partition.</summary>
[Message]
public sealed record PostJournal([property: PartitionKey] string Account, int Sequence);

// Polymorphic delivery: a handler of a base message receives the derived messages published, as in MassTransit.
[Message]
public record Shipment(Guid ShipmentId, string Destination);

[Message]
public sealed record ExpressShipment(Guid ShipmentId, string Destination, int Hours) : Shipment(ShipmentId, Destination);

// A queue name with letters outside ASCII, which MSG0208 accepts.
[Message]
public sealed record Bestellung(Guid BestellungId);

// A partitioned queue with a non-ASCII name: the dispatcher forwards to its partitions by address.
[Message]
public sealed record Buchung([property: PartitionKey] string Konto, int Nummer);
