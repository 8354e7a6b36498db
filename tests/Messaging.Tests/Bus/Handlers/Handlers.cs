using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;

namespace Messaging.Tests.Bus.Handlers;

// The handler classes a user would write. They carry no [Handler]/[Retry] attributes on purpose: their consumers
// and registrations are written by hand in Consumers.cs and TestHandlersRegistration.cs, mirroring what the
// generator emits, so these tests exercise the runtime independently of the generator.

public sealed class OrderHandlers(Observations observations)
{
    // [Handler(Queue = "orders")]: records what arrived, then sends a command per line without an address.
    public async Task Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context)
    {
        observations.Add("orders", context);
        foreach (var line in order.Lines)
        {
            await context.Send(new ReserveStock(order.OrderId, line.Sku));
        }
    }
}

public sealed class GreetingHandlers(GreetingFormatter formatter, Observations observations)
{
    // [Handler(Queue = "greetings")]: an instance handler whose constructor and parameter are scoped services.
    public void Handle(Greet greet, ConsumeContext<Greet> context, GreetingFormatter parameterFormatter)
    {
        var sameScope = ReferenceEquals(formatter, parameterFormatter);
        observations.Add(Observation.Of("greetings", context) with { Message = $"{formatter.Format(greet.Name)} same-scope={sameScope}" });
    }
}

public sealed class QuoteHandlers(IPriceList prices)
{
    // [Handler(Queue = "quotes")]: returns a message, so it responds to requests.
    public Task<Quote> Handle(GetQuote request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new Quote(request.Sku, prices.PriceOf(request.Sku) * request.Quantity));
    }
}

public static class ShippingHandlers
{
    // [Handler(Queue = "shipping")]: a static handler returning a message, published when not a request.
    public static OrderShipped Handle(ShipOrder command) => new(command.OrderId, "Pigeon Post");
}

public sealed class ShippingNotificationHandlers(Observations observations)
{
    // [Handler(Queue = "shipping-notifications")]
    public Task Handle(OrderShipped shipped, ConsumeContext<OrderShipped> context)
    {
        observations.Add("shipping-notifications", context);
        return Task.CompletedTask;
    }
}

public sealed class StockHandlers(Observations observations)
{
    // [Handler(Queue = "stock")]: the only consumer of ReserveStock, so ReserveStock gets a send convention.
    public ValueTask Handle(ReserveStock command, ConsumeContext<ReserveStock> context)
    {
        observations.Add("stock", context);
        return ValueTask.CompletedTask;
    }
}

public sealed class PaymentHandlers(AttemptCounter attempts, Observations observations)
{
    // [Handler(Queue = "payments")] [Retry(3)]: fails the first attempts, then succeeds.
    public Task Handle(ChargeCard charge, ConsumeContext<ChargeCard> context)
    {
        var attempt = attempts.Increment(charge.PaymentId.ToString());
        if (attempt <= charge.FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"card declined on attempt {attempt}");
        }

        observations.Add("payments", context);
        return Task.CompletedTask;
    }
}

public sealed class ImportHandlers(AttemptCounter attempts)
{
    // [Handler(Queue = "imports")] [Retry(2, IntervalMilliseconds = 10)]: always fails.
    public Task Handle(ImportFile file)
    {
        var attempt = attempts.Increment(file.Name);
        throw new InvalidOperationException($"import of {file.Name} failed on attempt {attempt}");
    }
}

public sealed class RejectionHandlers(AttemptCounter attempts)
{
    // [Handler(Queue = "rejections")] [Retry(5, Ignore = [typeof(OrderRejectedException)])]
    public void Handle(RejectOrder order)
    {
        attempts.Increment(order.Reason);
        throw new OrderRejectedException(order.Reason);
    }
}

public sealed class MeasurementHandlers(Observations observations)
{
    // [Handler(Queue = "measurements")]
    public void Handle(Measurement measurement, ConsumeContext<Measurement> context) => observations.Add("measurements", context);
}

public sealed class RegionalOrderHandlers(Observations observations)
{
    // [Handler(Queue = "eu-orders", Binding = "eu.*", ConcurrencyLimit = 1)]
    public void HandleEurope(RegionalOrder order, ConsumeContext<RegionalOrder> context) => observations.Add("eu-orders", context);

    // [Handler(Queue = "priority-orders", Binding = "#.priority", ConcurrencyLimit = 1)]
    public void HandlePriority(RegionalOrder order, ConsumeContext<RegionalOrder> context) => observations.Add("priority-orders", context);

    // [Handler(Queue = "all-orders", ConcurrencyLimit = 1)]: no binding, so every order.
    public void HandleAll(RegionalOrder order, ConsumeContext<RegionalOrder> context) => observations.Add("all-orders", context);
}

public sealed class ShipmentHandlers(Observations observations)
{
    // [Handler(Queue = "express-lane", Binding = "express", ConcurrencyLimit = 1)] on a direct exchange.
    public void Handle(Shipment shipment, ConsumeContext<Shipment> context) => observations.Add("express-lane", context);
}

public sealed class CustomerActivityHandlers(PartitionProbe probe, Observations observations)
{
    // [Handler(Queue = "customers", ConcurrencyLimit = 8)] on a message with a [PartitionKey].
    public Task Handle(CustomerActivity activity, ConsumeContext<CustomerActivity> context)
    {
        observations.Add("customers", context);
        return probe.ProcessAsync(activity, context.CancellationToken);
    }
}

public sealed class SensorHandlers(Observations observations)
{
    // [Handler(Queue = "zone-a", Binding = "a.*", ConcurrencyLimit = 2)] on a message with both keys.
    public void Handle(SensorReading reading, ConsumeContext<SensorReading> context) => observations.Add("zone-a", context);
}

public sealed class TickHandlers(ConcurrencyProbe probe)
{
    // [Handler(Queue = "ticks", PrefetchCount = 20, ConcurrencyLimit = 3)]
    public Task Handle(Tick tick) => probe.ProcessAsync(tick);
}
