using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging;
using Shop.Contracts;

namespace Shop.Billing
{
    /// <summary>Invoices every order; the returned invoice is published (cascading), since the order was no request.</summary>
    public sealed class BillingHandlers(InvoiceStore invoices, Journal journal)
    {
        /// <remarks>[Idempotent]: a message id billing has handled is not billed again (a publish retried by a client).</remarks>
        [Handler(Queue = "billing")]
        [Idempotent]
        public Task<InvoiceCreated> Handle(OrderPlaced order, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var invoice = invoices.Create(order.OrderId, order.CustomerId, order.Total);
            journal.Write($"billing      invoiced {invoice.InvoiceNumber} for {order.CustomerId}: {order.Total} EUR");
            return Task.FromResult(invoice);
        }
    }
}

namespace Shop.Shipping
{
    /// <summary>Ships what was invoiced: sends a command to the carrier without giving an address.</summary>
    public static class ShippingHandlers
    {
        [Handler(Queue = "shipping")]
        public static async Task Handle(InvoiceCreated invoice, ConsumeContext<InvoiceCreated> context)
        {
            // ShipOrder is consumed in this assembly, by one queue: the generated send convention knows where it goes.
            await context.Send(new ShipOrder(invoice.OrderId, invoice.CustomerId)).ConfigureAwait(false);
        }

        /// <summary>The carrier's booking system fails now and then; [Retry] absorbs it.</summary>
        [Handler(Queue = "carrier")]
        [Retry(3, IntervalMilliseconds = 20)]
        public static OrderShipped Book(ShipOrder command, FlakyCarrier carrier, Journal journal)
        {
            try
            {
                var (tracking, attempt) = carrier.Book(command.OrderId);
                journal.Write($"carrier      booked {tracking} on attempt {attempt}");
                return new OrderShipped(command.OrderId, tracking, attempt);
            }
            catch (TimeoutException ex)
            {
                journal.Write($"carrier      failed: {ex.Message} (will be retried)");
                throw;
            }
        }
    }
}

namespace Shop.Sales
{
    /// <summary>Keeps each customer's orders in the order they were placed ([PartitionKey] on CustomerId).</summary>
    public sealed class CustomerLedger(Journal journal)
    {
        [Handler(Queue = "ledger", ConcurrencyLimit = 4)]
        [Idempotent]
        public async Task Handle(OrderPlaced order)
        {
            // A little jitter: without per-key ordering, a customer's orders would overtake each other here.
            await Task.Delay(Random.Shared.Next(0, 15)).ConfigureAwait(false);
            journal.RecordLedger(order.CustomerId, order.OrderId);
        }
    }

    /// <summary>Only European orders: a routing-key binding on the order's region.</summary>
    public static class EuropeanAudit
    {
        [Handler(Queue = "eu-audit", Binding = "eu.*")]
        [Idempotent]
        public static void Handle(OrderPlaced order, Journal journal)
        {
            journal.RecordAudit(order.OrderId, order.Region);
        }
    }

    /// <summary>Answers status requests: the returned message is the response.</summary>
    public static class StatusQueries
    {
        [Handler(Queue = "order-status")]
        public static OrderStatus Handle(GetOrderStatus query, InvoiceStore invoices, Journal journal)
        {
            var invoice = invoices.Find(query.OrderId);
            var tracking = journal.TrackingNumberOf(query.OrderId);
            var status = tracking is not null ? "shipped" : invoice is not null ? "invoiced" : "unknown";
            return new OrderStatus(query.OrderId, status, invoice?.InvoiceNumber, tracking);
        }
    }

    /// <summary>Tells the customer their order shipped.</summary>
    public static class Notifications
    {
        [Handler(Queue = "notifications")]
        public static void Handle(OrderShipped shipped, Journal journal)
        {
            journal.RecordShipped(shipped);
        }
    }
}
