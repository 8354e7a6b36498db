using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Shop.Contracts;

namespace Shop;

/// <summary>Issues and remembers invoices.</summary>
public sealed class InvoiceStore
{
    private readonly ConcurrentDictionary<Guid, InvoiceCreated> _invoices = new();
    private readonly ConcurrentDictionary<Guid, int> _billed = new();
    private int _next;

    public InvoiceCreated Create(Guid orderId, string customerId, decimal amount)
    {
        _billed.AddOrUpdate(orderId, 1, (_, n) => n + 1);
        return _invoices.GetOrAdd(orderId, id => new InvoiceCreated(id, $"INV-{Interlocked.Increment(ref _next):D4}", amount, customerId));
    }

    /// <summary>How often billing ran for the order.</summary>
    public int TimesBilled(Guid orderId) => _billed.TryGetValue(orderId, out var n) ? n : 0;

    public InvoiceCreated? Find(Guid orderId) => _invoices.TryGetValue(orderId, out var invoice) ? invoice : null;
}

/// <summary>A carrier whose first booking attempt for every order fails.</summary>
public sealed class FlakyCarrier
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();

    public (string TrackingNumber, int Attempt) Book(Guid orderId)
    {
        var attempt = _attempts.AddOrUpdate(orderId, 1, (_, previous) => previous + 1);
        if (attempt == 1)
        {
            throw new TimeoutException($"carrier timed out booking {orderId:N}");
        }

        return ($"TRK-{orderId.ToString("N")[..8].ToUpperInvariant()}", attempt);
    }
}

/// <summary>
/// What flowed through the shop, for the account printed at the end. The checks look at this run's own orders: on
/// RabbitMQ the queues are durable, so orders placed while the shop was not running (by samples/python/producer.py,
/// say) are handled too.
/// </summary>
public sealed class Journal(IReadOnlyCollection<Guid> ownOrders)
{
    private readonly object _gate = new();
    private readonly List<string> _lines = [];
    private readonly Dictionary<string, List<Guid>> _ledger = [];
    private readonly Dictionary<Guid, OrderShipped> _shipped = [];
    private readonly List<(Guid OrderId, string Region)> _audited = [];
    private readonly TaskCompletionSource _allShipped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task AllShipped => _allShipped.Task;

    public IReadOnlyList<string> Lines { get { lock (_gate) { return [.. _lines]; } } }

    /// <summary>The regions of this run's orders the European audit saw.</summary>
    public IReadOnlyList<string> Audited { get { lock (_gate) { return [.. _audited.Where(a => ownOrders.Contains(a.OrderId)).Select(a => a.Region)]; } } }

    /// <summary>This run's orders per customer, in the order the ledger recorded them.</summary>
    public IReadOnlyDictionary<string, List<Guid>> Ledger { get { lock (_gate) { return _ledger.ToDictionary(p => p.Key, p => p.Value.Where(ownOrders.Contains).ToList()); } } }

    /// <summary>This run's orders that shipped.</summary>
    public IReadOnlyCollection<OrderShipped> Shipped { get { lock (_gate) { return [.. _shipped.Values.Where(s => ownOrders.Contains(s.OrderId))]; } } }

    /// <summary>Orders placed before this run (still waiting in a durable queue) that shipped during it.</summary>
    public int EarlierOrdersShipped { get { lock (_gate) { return _shipped.Keys.Count(id => !ownOrders.Contains(id)); } } }

    public void Write(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }

    public void RecordLedger(string customerId, Guid orderId)
    {
        lock (_gate)
        {
            if (!_ledger.TryGetValue(customerId, out var orders))
            {
                _ledger[customerId] = orders = [];
            }

            orders.Add(orderId);
        }
    }

    public void RecordAudit(Guid orderId, string region)
    {
        lock (_gate)
        {
            _audited.Add((orderId, region));
        }
    }

    public void RecordShipped(OrderShipped shipped)
    {
        lock (_gate)
        {
            _shipped[shipped.OrderId] = shipped;
            _lines.Add($"notify       order {shipped.OrderId.ToString()[..8]} shipped as {shipped.TrackingNumber}");
            if (ownOrders.All(_shipped.ContainsKey))
            {
                _allShipped.TrySetResult();
            }
        }
    }

    public string? TrackingNumberOf(Guid orderId)
    {
        lock (_gate)
        {
            return _shipped.TryGetValue(orderId, out var shipped) ? shipped.TrackingNumber : null;
        }
    }
}
