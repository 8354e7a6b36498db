using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Messaging.Redis.Tests.Infrastructure;
using Messaging.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.Redis.Tests;

/// <summary>[Idempotent] handlers on the in-memory bus with the Redis inbox: duplicates, concurrency, retries, processes, leases.</summary>
public sealed class IdempotencyTests(RedisFixture redis, ITestOutputHelper output) : IClassFixture<RedisFixture>
{
    private Action<MessagingBuilder> Inbox(Action<RedisInboxOptions>? configure = null) =>
        builder => builder.UseRedisInbox(redis.Server.Configuration, configure);

    [Fact]
    public async Task Same_message_published_twice_under_one_id_has_one_effect()
    {
        var counts = new FaultCounts();
        await using var bus = await RedisBus.StartAsync(Inbox(), counts);
        var id = Guid.NewGuid();
        var order = new ShipOrder(id, "1 Quay Street");

        await bus.PublishAsync(order, id, counts);
        await bus.PublishAsync(order, id, counts);

        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Shipping.Queue) == 2, () => counts.ToString());
        output.WriteLine(counts.ToString());
        Assert.Equal((1, 1, 1, 1, 0, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
        Assert.Equal("handled", await GetAsync(bus.Store.KeyOf(Shipping.Queue, id)));
    }

    [Fact]
    public async Task Fifty_concurrent_duplicates_wait_for_the_delivery_holding_the_claim_and_have_one_effect()
    {
        var counts = new FaultCounts();
        var gate = new Gate(open: false);
        await using var bus = await RedisBus.StartAsync(Inbox(), counts, services =>
        {
            services.AddSingleton(gate);
            services.AddSingleton(provider => new CountingInboxStore(provider.GetRequiredService<RedisInboxStore>()));
            services.Replace(ServiceDescriptor.Singleton<IInboxStore>(provider => provider.GetRequiredService<CountingInboxStore>()));
        });
        var store = bus.Services.GetRequiredService<CountingInboxStore>();
        var id = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => bus.PublishAsync(new PackParcel(id), id, counts)));

        // The first delivery holds the claim inside the handler (the gate is shut); the other 49 are waiting for it.
        await Eventually.WaitAsync(() => store.Entered == 50 && store.Returned == 1, () => $"entered={store.Entered} returned={store.Returned}");
        Assert.Equal(0, counts.EffectCount);
        gate.Open();

        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Packing.Queue) == 50, () => counts.ToString());
        output.WriteLine(counts.ToString());
        Assert.Equal((1, 1, 49, 1, 0, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
    }

    [Fact]
    public async Task Handler_that_fails_then_succeeds_on_retry_has_one_effect_and_its_claim_is_released_for_the_retry()
    {
        var counts = new FaultCounts();
        // A lease far longer than the test: the retry can only claim the message because the failed attempt released it.
        await using var bus = await RedisBus.StartAsync(Inbox(o => o.Lease = TimeSpan.FromHours(1)), counts);
        var attempts = bus.Services.GetRequiredService<AttemptLog>();
        var id = Guid.NewGuid();

        await bus.PublishAsync(new ChargeCard(id, 12.5m), id, counts);
        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Billing.Queue) == 1, () => counts.ToString());
        await bus.PublishAsync(new ChargeCard(id, 12.5m), id, counts);
        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Billing.Queue) == 2, () => counts.ToString());

        output.WriteLine(counts.ToString());
        Assert.Equal(2, attempts.Count(id));
        Assert.Equal((1, 1, 1, 1, 0, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
    }

    [Fact]
    public async Task Two_processes_sharing_the_store_handle_a_message_once_between_them()
    {
        var counts = new FaultCounts();
        await using var first = await RedisBus.StartAsync(Inbox(), counts);
        await using var second = await RedisBus.StartAsync(Inbox(), counts);
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();

        // Each message reaches both processes, as a redelivery to another consumer of the queue would.
        await Task.WhenAll(ids.SelectMany(id => new[]
        {
            first.PublishAsync(new ShipOrder(id, "first"), id, counts),
            second.PublishAsync(new ShipOrder(id, "second"), id, counts),
        }));

        await Eventually.WaitAsync(() => first.Deliveries.Finished(Shipping.Queue) + second.Deliveries.Finished(Shipping.Queue) == 40, () => counts.ToString());
        output.WriteLine(counts.ToString());
        Assert.Equal((20, 20, 20, 20, 0, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
    }

    [Fact]
    public async Task Claim_left_by_a_crashed_consumer_expires_after_the_lease_and_the_message_is_handled_then()
    {
        var counts = new FaultCounts();
        // A short lease, and a wait long enough for it whatever the machine's load.
        await using var bus = await RedisBus.StartAsync(Inbox(o => (o.Lease, o.ClaimWaitTimeout) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60))), counts);
        var id = Guid.NewGuid();
        var key = bus.Store.KeyOf(Shipping.Queue, id);

        // A consumer that claimed the message and died: its claim is never completed nor released.
        var crashed = await bus.Store.TryClaimAsync(Shipping.Queue, id, null!, CancellationToken.None);
        Assert.NotNull(crashed);
        Assert.StartsWith("claim:", await GetAsync(key), StringComparison.Ordinal);

        await bus.PublishAsync(new ShipOrder(id, "after the lease"), id, counts);
        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Shipping.Queue) == 1, () => counts.ToString());
        Assert.Equal("handled", await GetAsync(key));

        // Should the "crashed" delivery come back after all, it neither overwrites nor deletes the mark.
        await crashed.CompleteAsync(CancellationToken.None);
        await crashed.DisposeAsync();
        Assert.Equal("handled", await GetAsync(key));
        await bus.PublishAsync(new ShipOrder(id, "again"), id, counts);
        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Shipping.Queue) == 2, () => counts.ToString());

        output.WriteLine(counts.ToString());
        Assert.Equal((1, 1, 1, 1, 0, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
    }

    [Fact]
    public async Task Store_marks_a_completed_claim_handled_for_the_retention_and_deletes_a_released_one()
    {
        await using var store = new RedisInboxStore(redis.Server.Configuration, new RedisInboxOptions
        {
            KeyPrefix = "test:" + Guid.NewGuid().ToString("N") + ":",
            Lease = TimeSpan.FromMinutes(2),
            Retention = TimeSpan.FromHours(3),
        });
        var released = Guid.NewGuid();
        var completed = Guid.NewGuid();

        var claim = await store.TryClaimAsync("orders", released, null!, CancellationToken.None);
        Assert.NotNull(claim);
        Assert.InRange(await PttlAsync(store.KeyOf("orders", released)), 1, (long)TimeSpan.FromMinutes(2).TotalMilliseconds);
        await claim.DisposeAsync();
        Assert.Equal("", await GetAsync(store.KeyOf("orders", released)));
        await using (var again = await store.TryClaimAsync("orders", released, null!, CancellationToken.None))
        {
            Assert.NotNull(again);
        }

        await using (var first = await store.TryClaimAsync("orders", completed, null!, CancellationToken.None))
        {
            await first!.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal("handled", await GetAsync(store.KeyOf("orders", completed)));
        Assert.InRange(await PttlAsync(store.KeyOf("orders", completed)), (long)TimeSpan.FromHours(2).TotalMilliseconds, (long)TimeSpan.FromHours(3).TotalMilliseconds);
        Assert.Null(await store.TryClaimAsync("orders", completed, null!, CancellationToken.None));
        // Another queue's handler has not handled it.
        await using var other = await store.TryClaimAsync("invoices", completed, null!, CancellationToken.None);
        Assert.NotNull(other);
    }

    private async Task<string> GetAsync(string key) => (await CliOrThrowAsync("--raw", "get", key)).Trim();

    private async Task<long> PttlAsync(string key) => long.Parse((await CliOrThrowAsync("pttl", key)).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> CliOrThrowAsync(params string[] arguments)
    {
        var (code, text) = await redis.Server.CliAsync(arguments);
        Assert.True(code == 0, text);
        return text;
    }
}
