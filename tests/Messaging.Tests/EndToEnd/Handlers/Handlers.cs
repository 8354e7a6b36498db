using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;

namespace Messaging.Tests.EndToEnd.Handlers;

// Handlers as a user writes them: the generator emits a consumer for each [Handler] method and registers them all in
// AddMessagingTests(). Queues start with "e2e-" so they are easy to tell from the runtime tests' hand-written ones.

/// <summary>What the checkout handler saw of its dependencies and parameters.</summary>
public sealed record CheckoutSeen(
    int HandlerInstance,
    int ConstructorScope,
    int ParameterScope,
    bool ContextCarriesTheMessage,
    bool TokenIsTheContextToken,
    decimal TaxRate,
    bool DiscountsResolved);

/// <summary>An instance handler: constructor dependencies and every kind of extra parameter.</summary>
public sealed class CheckoutHandlers(HandlerProbe probe, ScopeTracker tracker, ITaxTable taxes, IDiscountPolicy? discounts)
{
    private static int s_instances;

    private readonly int _instance = Interlocked.Increment(ref s_instances);

    [Handler(Queue = "e2e-checkout")]
    public void Handle(StartCheckout checkout, ConsumeContext<StartCheckout> context, ScopeTracker scoped, CancellationToken cancellationToken)
    {
        probe.Report("checkout", checkout, context, new CheckoutSeen(
            _instance,
            tracker.Id,
            scoped.Id,
            ReferenceEquals(context.Message, checkout),
            cancellationToken == context.CancellationToken,
            taxes.RateFor(checkout.CheckoutId),
            discounts is not null));
    }
}

/// <summary>A static handler taking only its message, returning one: not a request, so the result is published.</summary>
public static class ShippingHandlers
{
    [Handler(Queue = "e2e-shipping")]
    public static ParcelShipped Ship(ShipParcel command) => new(command.ParcelId, command.Destination, "Pigeon Post");
}

/// <summary>
/// Whether each message's consume context carried a container scope: a static handler that takes only its message
/// and context is created without one; one that takes a service gets one. Static, because the scopeless handler
/// cannot take the probe.
/// </summary>
public static class ScopeHandlers
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<bool>> s_hadScope = new();

    public static Task<bool> HadScopeAsync(Guid id) => Result(id).Task;

    [Handler(Queue = "e2e-scopeless")]
    public static void Scopeless(ProbeScopeless message, ConsumeContext<ProbeScopeless> context) =>
        Result(message.Id).TrySetResult(context.TryGetPayload<Microsoft.Extensions.DependencyInjection.IServiceScope>(out _));

    [Handler(Queue = "e2e-scoped")]
    public static void Scoped(ProbeScoped message, ConsumeContext<ProbeScoped> context, ScopeLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        Result(message.Id).TrySetResult(context.TryGetPayload<Microsoft.Extensions.DependencyInjection.IServiceScope>(out _));
    }

    private static TaskCompletionSource<bool> Result(Guid id) =>
        s_hadScope.GetOrAdd(id, static _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>Reports the activity a handler runs in: its trace and its parent's span.</summary>
public static class TraceHandlers
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource<(string TraceId, string? OperationName)>> s_seen = new();

    public static Task<(string TraceId, string? OperationName)> SeenAsync(Guid id) => Result(id).Task;

    [Handler(Queue = "e2e-trace")]
    public static void Record(ProbeTrace message) =>
        Result(message.Id).TrySetResult((System.Diagnostics.Activity.Current?.TraceId.ToString() ?? "none", System.Diagnostics.Activity.Current?.OperationName));

    private static TaskCompletionSource<(string TraceId, string? OperationName)> Result(Guid id) =>
        s_seen.GetOrAdd(id, static _ => new TaskCompletionSource<(string TraceId, string? OperationName)>(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>A static handler with a service parameter, resolved from the consume scope.</summary>
public static class ShippingNotificationHandlers
{
    [Handler(Queue = "e2e-shipping-notifications")]
    public static Task Notify(ParcelShipped shipped, ConsumeContext<ParcelShipped> context, HandlerProbe probe)
    {
        probe.Report("shipping-notifications", shipped, context);
        return Task.CompletedTask;
    }
}

/// <summary>
/// One handler per return shape. The asynchronous ones yield first, so their consumers must really await them; the
/// ones returning a message answer requests and publish otherwise.
/// </summary>
public sealed class ReturnShapeHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-shape-void")]
    public void ReturnsVoid(ShapeVoid message) => probe.Report("shape-void", message);

    [Handler(Queue = "e2e-shape-task")]
    public async Task ReturnsTask(ShapeTask message)
    {
        await Task.Yield();
        probe.Report("shape-task", message);
    }

    [Handler(Queue = "e2e-shape-value-task")]
    public async ValueTask ReturnsValueTask(ShapeValueTask message)
    {
        await Task.Yield();
        probe.Report("shape-value-task", message);
    }

    [Handler(Queue = "e2e-shape-message")]
    public ShapeReply ReturnsMessage(ShapeMessage message)
    {
        probe.Report("shape-message", message);
        return new ShapeReply(message.Id, "T", message.Value * 2);
    }

    [Handler(Queue = "e2e-shape-task-of-message")]
    public async Task<ShapeReply> ReturnsTaskOfMessage(ShapeTaskOfMessage message)
    {
        await Task.Yield();
        probe.Report("shape-task-of-message", message);
        return new ShapeReply(message.Id, "Task<T>", message.Value * 2);
    }

    [Handler(Queue = "e2e-shape-value-task-of-message")]
    public async ValueTask<ShapeReply> ReturnsValueTaskOfMessage(ShapeValueTaskOfMessage message)
    {
        await Task.Yield();
        probe.Report("shape-value-task-of-message", message);
        return new ShapeReply(message.Id, "ValueTask<T>", message.Value * 2);
    }
}

/// <summary>Receives the replies the return-shape handlers publish; one at a time, so a marker can close a test.</summary>
public sealed class ShapeReplyHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-shape-replies", ConcurrencyLimit = 1)]
    public void Receive(ShapeReply reply, ConsumeContext<ShapeReply> context) => probe.Report("shape-replies", reply, context);
}

/// <summary>Commands, each consumed by one queue of the assembly, so sent without an address.</summary>
public sealed class DispatchHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-dispatch")]
    public void Dispatch(DispatchParcel command, ConsumeContext<DispatchParcel> context) => probe.Report("dispatch", command, context);

    [Handler(Queue = "e2e-packing")]
    public async Task Pack(PackParcel command, ConsumeContext<PackParcel> context)
    {
        probe.Report("packing", command, context);
        foreach (var label in command.Labels)
        {
            await context.Send(new DispatchParcel(command.ParcelId, label));
        }
    }
}

/// <summary>Handlers that fail, under retry policies.</summary>
public sealed class RetryHandlers(HandlerProbe probe, AttemptLog attempts)
{
    [Handler(Queue = "e2e-flaky-charges")]
    [Retry(2)]
    public async Task Charge(FlakyCharge charge, ConsumeContext<FlakyCharge> context)
    {
        var attempt = attempts.Record(charge.ChargeId);
        await Task.Yield();
        if (attempt <= charge.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"charge declined on attempt {attempt}");
        }

        probe.Report("flaky-charges", charge, context, attempt);
    }

    [Handler(Queue = "e2e-doomed-imports")]
    [Retry(3, IntervalMilliseconds = 10)]
    public async ValueTask Import(DoomedImport import)
    {
        var attempt = attempts.Record(import.ImportId);
        await Task.Yield();
        throw new InvalidOperationException($"import of {import.File} failed on attempt {attempt}");
    }

    [Handler(Queue = "e2e-rejections")]
    [Retry(4, Ignore = [typeof(ParcelRejectedException)])]
    public void Reject(RejectParcel parcel)
    {
        var attempt = attempts.Record(parcel.ParcelId);
        throw parcel.Ignorable
            ? new ParcelRejectedException($"parcel rejected on attempt {attempt}")
            : new InvalidOperationException($"parcel failed on attempt {attempt}");
    }
}

/// <summary>Takes one message at a time, so what it handles follows the queue's order.</summary>
public sealed class TelemetryHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-telemetry", ConcurrencyLimit = 1)]
    public void Record(TelemetrySample sample, ConsumeContext<TelemetrySample> context) => probe.Report("telemetry", sample, context);
}

/// <summary>Three queues on a message with a routing key: two bound by pattern, one taking everything.</summary>
public sealed class InvoiceHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-eu-invoices", Binding = "eu.*", ConcurrencyLimit = 1)]
    public void Europe(RegionalInvoice invoice) => probe.Report("eu-invoices", invoice);

    [Handler(Queue = "e2e-urgent-invoices", Binding = "#.urgent", ConcurrencyLimit = 1)]
    public void Urgent(RegionalInvoice invoice) => probe.Report("urgent-invoices", invoice);

    [Handler(Queue = "e2e-all-invoices", ConcurrencyLimit = 1)]
    public void All(RegionalInvoice invoice) => probe.Report("all-invoices", invoice);
}

/// <summary>Bound queues that also receive commands sent to them: one plain, one partitioned.</summary>
public sealed class RouteHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-eu-parcels", Binding = "eu.*", ConcurrencyLimit = 1)]
    public void Route(RouteParcel parcel) => probe.Report("eu-parcels", parcel);

    [Handler(Queue = "e2e-eu-freight", Binding = "eu.*", ConcurrencyLimit = 2)]
    public void Route(RouteFreight freight) => probe.Report("eu-freight", freight);
}

/// <summary>A message with a partition key, on a queue that runs four at a time.</summary>
public sealed class LedgerHandlers(LedgerProbe probe)
{
    [Handler(Queue = "e2e-ledger", ConcurrencyLimit = 4)]
    public Task Post(LedgerEntry entry, CancellationToken cancellationToken) => probe.ProcessAsync(entry, cancellationToken);
}

/// <summary>Prefetch count and concurrency limit set on the attribute.</summary>
public sealed class TunedHandlers(ConcurrencyGate gate)
{
    [Handler(Queue = "e2e-tuned", PrefetchCount = 24, ConcurrencyLimit = 3)]
    public Task Work(TunedWork work, CancellationToken cancellationToken) => gate.ProcessAsync(cancellationToken);
}

/// <summary>Reports the body as it arrived on the wire.</summary>
public static class WireHandlers
{
    [Handler(Queue = "e2e-wire")]
    public static void Receive(WireSample sample, ConsumeContext<WireSample> context, HandlerProbe probe) => probe.Report("wire", sample, context);
}

/// <summary>Header-match bindings: all pairs, any pair, none.</summary>
public sealed class AlertHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-eu-critical-alerts", Binding = "region=eu, level=3", ConcurrencyLimit = 1)]
    public void EuropeCritical(SeverityAlert alert, ConsumeContext<SeverityAlert> context) => probe.Report("eu-critical-alerts", alert, context);

    [Handler(Queue = "e2e-watched-alerts", Binding = "any: region=ap, level=3", ConcurrencyLimit = 1)]
    public void Watched(SeverityAlert alert) => probe.Report("watched-alerts", alert);

    [Handler(Queue = "e2e-all-alerts", ConcurrencyLimit = 1)]
    public void All(SeverityAlert alert) => probe.Report("all-alerts", alert);
}

/// <summary>[Idempotent] handlers: each message id is handled once per queue, retries included.</summary>
public sealed class IdempotentHandlers(HandlerProbe probe, AttemptLog attempts)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> s_stamps = new();

    [Handler(Queue = "e2e-credits")]
    [Idempotent]
    [Retry(2)]
    public void Credit(CreditAccount credit, ConsumeContext<CreditAccount> context)
    {
        var attempt = attempts.Record(credit.CreditId);
        if (attempt <= credit.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"credit failed on attempt {attempt}");
        }

        probe.Report("credits", credit, context, attempt);
    }

    /// <summary>A partitioned queue ([PartitionKey]): each partition's consumer runs under the inbox.</summary>
    [Handler(Queue = "e2e-journal", ConcurrencyLimit = 2)]
    [Idempotent]
    public void Post(PostJournal entry, ConsumeContext<PostJournal> context) => probe.Report("journal", entry, context);

    /// <summary>A static handler that takes no services: its consumer has no scope, the inbox still applies.</summary>
    [Handler(Queue = "e2e-stamps")]
    [Idempotent]
    public static void Stamp(StampVisit visit) => s_stamps.AddOrUpdate(visit.VisitId, 1, static (_, n) => n + 1);

    public static int StampsOf(Guid visitId) => s_stamps.TryGetValue(visitId, out var n) ? n : 0;
}

/// <summary>A handler of a base message (receives its derived messages too) and one of the derived message.</summary>
public sealed class ShipmentHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-shipments", ConcurrencyLimit = 1)]
    public void Any(Shipment shipment, ConsumeContext<Shipment> context) => probe.Report("shipments", shipment, context);

    [Handler(Queue = "e2e-express-shipments", ConcurrencyLimit = 1)]
    public void Express(ExpressShipment shipment, ConsumeContext<ExpressShipment> context) => probe.Report("express-shipments", shipment, context);
}

/// <summary>A queue whose name has non-ASCII letters.</summary>
public sealed class BestellungHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-bestellungen-größe")]
    public void Handle(Bestellung bestellung, ConsumeContext<Bestellung> context) => probe.Report("bestellungen", bestellung, context);

    [Handler(Queue = "e2e-buchungen-ä", ConcurrencyLimit = 2)]
    public void Book(Buchung buchung, ConsumeContext<Buchung> context) => probe.Report("buchungen", buchung, context);
}
