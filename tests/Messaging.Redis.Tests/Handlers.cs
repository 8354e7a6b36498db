using System;
using System.Threading.Tasks;
using Messaging.Testing;

namespace Messaging.Redis.Tests;

public sealed class Shipping(FaultCounts counts)
{
    public const string Queue = "redis-shipments";

    [Handler(Queue = Queue)]
    [Idempotent]
    [Retry(2, IntervalMilliseconds = 20)]
    public void Ship(ShipOrder order) => counts.Effect(order.OrderId);
}

public sealed class Packing(FaultCounts counts, Gate gate)
{
    public const string Queue = "redis-packing";

    // Room for all fifty duplicates of the concurrency test at once.
    [Handler(Queue = Queue, ConcurrencyLimit = 64, PrefetchCount = 64)]
    [Idempotent]
    public async Task Pack(PackParcel parcel)
    {
        await gate.WaitAsync();
        counts.Effect(parcel.ParcelId);
    }
}

public sealed class Billing(FaultCounts counts, AttemptLog attempts)
{
    public const string Queue = "redis-billing";

    [Handler(Queue = Queue)]
    [Idempotent]
    [Retry(2, IntervalMilliseconds = 20)]
    public void Charge(ChargeCard charge)
    {
        if (attempts.Record(charge.ChargeId) == 1)
        {
            throw new InvalidOperationException("card processor unavailable on attempt 1");
        }

        counts.Effect(charge.ChargeId);
    }
}
