using System.Collections.Concurrent;
using Messaging.Tests.Contracts;

namespace Messaging.Tests.Shipping;

/// <summary>What the shipping service received, for the tests to inspect.</summary>
public sealed class ShippingLedger
{
    public ConcurrentQueue<OrderSubmitted> Submitted { get; } = new();
}

public sealed class ShippingHandlers(ShippingLedger ledger)
{
    // Returning a message publishes it (cascading): the contracts type travels back to billing.
    [Handler(Queue = "contracts-shipping")]
    public OrderShipped Handle(OrderSubmitted order)
    {
        ledger.Submitted.Enqueue(order);
        return new OrderShipped(order.OrderId, "post", order.ShipTo);
    }
}
