using System.Collections.Concurrent;
using Messaging.Tests.Contracts;

namespace Messaging.Tests.Billing;

/// <summary>What the billing service received, for the tests to inspect.</summary>
public sealed class BillingLedger
{
    public ConcurrentQueue<OrderSubmitted> Submitted { get; } = new();

    public ConcurrentQueue<OrderShipped> Shipped { get; } = new();
}

public sealed class BillingHandlers(BillingLedger ledger)
{
    [Handler(Queue = "contracts-billing")]
    public void Handle(OrderSubmitted order) => ledger.Submitted.Enqueue(order);

    [Handler(Queue = "contracts-billing")]
    public void Handle(OrderShipped shipped) => ledger.Shipped.Enqueue(shipped);
}
