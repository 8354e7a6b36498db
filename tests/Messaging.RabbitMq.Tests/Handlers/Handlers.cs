using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;

namespace Messaging.RabbitMq.Tests.Handlers;

// Handlers as a user writes them; the generator emits their consumers and AddMessagingRabbitMqTests().

public sealed class OrderHandlers(HandlerProbe probe, BusTag bus)
{
    [Handler(Queue = "rmq-orders", PrefetchCount = 7, ConcurrencyLimit = 3)]
    public void Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context) => probe.Report("orders", order, context, bus);
}

/// <summary>
/// Every order again, on a queue of its own, through an [Idempotent] handler: its reports are the effects, one per message
/// id however often the broker delivers it (the fault tests count them).
/// </summary>
public sealed class IdempotentOrderHandlers(HandlerProbe probe, BusTag bus)
{
    [Handler(Queue = "rmq-orders-once", PrefetchCount = 7, ConcurrencyLimit = 3)]
    [Idempotent]
    public void Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context) => probe.Report("orders-effects", order, context, bus);
}

public sealed class InvoiceHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-europe", Binding = "eu.*")]
    public void Europe(RegionalInvoice invoice, ConsumeContext<RegionalInvoice> context) => probe.Report("europe", invoice, context);

    // Two handlers of one queue with different patterns: the queue gets both bindings, each handler its own keys.
    [Handler(Queue = "rmq-regions", Binding = "us.east")]
    public void UsEast(RegionalInvoice invoice, ConsumeContext<RegionalInvoice> context) => probe.Report("us-east", invoice, context);

    [Handler(Queue = "rmq-regions", Binding = "ap.#")]
    public void AsiaPacific(RegionalInvoice invoice, ConsumeContext<RegionalInvoice> context) => probe.Report("asia-pacific", invoice, context);
}

public sealed class FreightHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-freight", Binding = "eu.*", ConcurrencyLimit = 2)]
    public void Book(FreightBooked booking, ConsumeContext<FreightBooked> context) => probe.Report("freight", booking, context);
}

public sealed class StockHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-stock")]
    public void Reserve(ReserveStock command, ConsumeContext<ReserveStock> context) => probe.Report("stock", command, context);

    [Handler(Queue = "rmq-quotes")]
    public static Quote Price(GetQuote request) => new(request.QuoteId, request.Sku, request.Sku.Length * 1.25m);
}

public sealed class PaymentHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-flaky-payments")]
    [Retry(2)]
    public void Flaky(FlakyPayment payment, ConsumeContext<FlakyPayment> context)
    {
        var attempt = probe.Attempt(payment.PaymentId);
        if (attempt <= payment.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"payment declined on attempt {attempt}");
        }

        probe.Report("flaky-payments", payment, context);
    }

    [Handler(Queue = "rmq-doomed-payments")]
    [Retry(2)]
    public void Doomed(DoomedPayment payment)
    {
        var attempt = probe.Attempt(payment.PaymentId);
        throw new InvalidOperationException($"{payment.Reason} on attempt {attempt}");
    }
}

public sealed class SensorHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-sensors", ConcurrencyLimit = 1)]
    public void Record(SensorReading reading, ConsumeContext<SensorReading> context) => probe.Report("sensors", reading, context);
}

public sealed class OfferHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-offers", MessageTimeToLiveMilliseconds = 300)]
    public void Offer(ExpiringOffer offer) => probe.Report("offers", offer);

    [Handler(Queue = "rmq-ledger", QuorumQueue = true)]
    public void Post(LedgerPosting posting, ConsumeContext<LedgerPosting> context) => probe.Report("ledger", posting, context);
}

public sealed class AccountHandlers(HandlerProbe probe, BusTag bus)
{
    [Handler(Queue = "rmq-accounts", ConcurrencyLimit = 4)]
    public async Task Apply(AccountEntry entry, ConsumeContext<AccountEntry> context)
    {
        // A little work of varying length, so entries of different accounts overtake each other unless ordered.
        await Task.Delay(entry.Sequence % 3 * 3);
        probe.Report("accounts", entry, context, bus);
    }
}

public sealed class SettlementHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-gold-settlements", Binding = "gold")]
    public void Gold(PaymentSettled settled, ConsumeContext<PaymentSettled> context) => probe.Report("gold", settled, context);

    // No binding on a direct exchange: only the empty key, as RabbitMQ has no catch-all direct binding.
    [Handler(Queue = "rmq-untiered-settlements")]
    public void Untiered(PaymentSettled settled, ConsumeContext<PaymentSettled> context) => probe.Report("untiered", settled, context);
}

public sealed class AlertHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-eu-urgent-alerts", Binding = "region=eu, severity=High")]
    public void EuropeUrgent(Alert alert, ConsumeContext<Alert> context) => probe.Report("eu-urgent", alert, context);

    [Handler(Queue = "rmq-watch-alerts", Binding = "any: region=ap, severity=High")]
    public void Watch(Alert alert, ConsumeContext<Alert> context) => probe.Report("watch", alert, context);
}

public static class TraceHandlers
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<string>> s_traces = new();

    /// <summary>The trace id the handler of message <paramref name="id"/> ran in ("none" outside any activity).</summary>
    public static Task<string> TraceOfAsync(Guid id) => Result(id).Task;

    [Handler(Queue = "rmq-traced")]
    public static void Record(Traced message) =>
        Result(message.Id).TrySetResult(System.Diagnostics.Activity.Current?.TraceId.ToString() ?? "none");

    private static TaskCompletionSource<string> Result(Guid id) =>
        s_traces.GetOrAdd(id, static _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}

public sealed class ParcelHandlers(HandlerProbe probe)
{
    // One at a time, so the messages are handled (or moved to _error) in the order they were published.
    [Handler(Queue = "rmq-parcels", ConcurrencyLimit = 1)]
    [Retry(1)]
    public void Handle(Parcel parcel, ConsumeContext<Parcel> context)
    {
        var attempt = probe.Attempt(parcel.ParcelId);
        if (parcel.Doomed)
        {
            throw new InvalidOperationException($"parcel {parcel.ParcelId} is doomed (attempt {attempt})");
        }

        probe.Report("parcels", parcel, context);
    }
}

public sealed class PayloadHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-payloads", ConcurrencyLimit = 1)]
    public void Receive(Payload payload, ConsumeContext<Payload> context) =>
        probe.Report("payloads", new PayloadSummary(payload.PayloadId, payload.Data.Length, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(payload.Data))), context);
}

/// <summary>
/// A quorum queue whose handler never finishes a poison hazard: the test closes the bus's connection while it waits, as
/// a crash would, so the broker delivers the message again — until the delivery limit moves it to <c>_error</c>.
/// </summary>
public sealed class HazardHandlers(HandlerProbe probe)
{
    private static TaskCompletionSource s_gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every waiting poison hazard finish (at the end of a test).</summary>
    public static void Release() => s_gate.TrySetResult();

    /// <summary>Makes poison hazards wait again.</summary>
    public static void Arm() => s_gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    [Handler(Queue = "rmq-hazards", QuorumQueue = true)]
    public async Task Handle(Hazard hazard, ConsumeContext<Hazard> context)
    {
        if (!hazard.Poison)
        {
            probe.Report("hazards", hazard, context);
            return;
        }

        probe.Report("hazard-attempts", hazard, context);
        // Until the test lets it go, or the connection is gone (the endpoint restarting cancels its deliveries).
        await s_gate.Task.WaitAsync(context.CancellationToken).ConfigureAwait(false);
    }
}

public sealed class ShipmentHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-shipments")]
    public void Any(Shipment shipment, ConsumeContext<Shipment> context) => probe.Report("shipments", shipment, context);

    [Handler(Queue = "rmq-express-shipments")]
    public void Express(ExpressShipment shipment, ConsumeContext<ExpressShipment> context) => probe.Report("express-shipments", shipment, context);
}

public sealed class BestellungHandlers(HandlerProbe probe)
{
    [Handler(Queue = "rmq-bestellungen-größe")]
    public void Handle(Bestellung bestellung, ConsumeContext<Bestellung> context) => probe.Report("bestellungen", bestellung, context);
}
