using System;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Redis.Tests.Infrastructure;
using Messaging.Testing;
using StackExchange.Redis;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.Redis.Tests;

/// <summary>
/// The Redis inbox when Redis itself fails: stopped while messages flow, and killed with and without an append-only
/// file. Each test has a server of its own, since it stops it.
/// </summary>
public sealed class RedisFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Redis_stopped_mid_run_fails_deliveries_to_the_error_queue_unhandled_and_a_restart_resumes_the_flow()
    {
        await using var server = new RedisServer();
        await server.StartAsync();
        using var connection = await Connections.ConnectAsync(server.Configuration);
        var counts = new FaultCounts();
        var errors = new ErrorCapture(Shipping.Queue);
        await using var bus = await RedisBus.StartAsync(builder => builder.UseRedisInbox(connection), counts, configure: errors.Configure);
        var before = NewIds(5);
        var during = NewIds(5);
        var after = NewIds(5);

        foreach (var id in before)
        {
            await bus.PublishAsync(new ShipOrder(id, "before"), id, counts);
        }

        // Every delivery finished, not only its handler: a "handled" mark still being written when Redis stops fails
        // its delivery (documented), which is not what this part of the test is about.
        await Eventually.WaitAsync(() => counts.EffectCount == 5 && bus.Deliveries.Finished(Shipping.Queue) == 5, () => counts.ToString());

        // Redis goes away: every attempt fails its claim, the retries too, and the messages end in the _error queue.
        await server.StopAsync();
        foreach (var id in during)
        {
            await bus.PublishAsync(new ShipOrder(id, "during"), id, counts);
        }

        await Eventually.WaitAsync(() => errors.Count == 5, () => $"{errors.Count} in {errors.Queue}, {bus.Deliveries.Finished(Shipping.Queue)} deliveries finished; {counts}; {string.Join(" | ", bus.Deliveries.Faults.Select(f => f.GetType().Name + ": " + f.Message))}");
        Assert.Equal(during.Order(), errors.Ids.Order());
        Assert.Equal(5, counts.EffectCount);
        // Each failed for good on the claim itself (the client's exception), none after running the handler unchecked.
        Assert.Equal(5, bus.Deliveries.Faults.Count);
        Assert.All(bus.Deliveries.Faults, fault => Assert.True(fault is RedisException or RedisTimeoutException, fault.ToString()));
        output.WriteLine($"Redis down:     {counts}");

        // Back: the connection recovers, the failed messages are published again (as an operator moves them back from
        // _error) with new ones, and everything is handled once.
        await server.StartAsync();
        await Connections.WaitUntilConnectedAsync(connection);
        foreach (var id in during)
        {
            await bus.PublishAsync(new ShipOrder(id, "moved back"), id, counts);
        }

        foreach (var id in after)
        {
            await bus.PublishAsync(new ShipOrder(id, "after"), id, counts);
        }

        await Eventually.WaitAsync(() => counts.EffectCount == 15, () => counts.ToString());
        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Shipping.Queue) == 20, () => counts.ToString());
        output.WriteLine($"Redis restarted: {counts}");
        Assert.Equal((15, 15, 15, 0, 0, 0), (counts.SentCount, counts.ConfirmedCount, counts.EffectCount, counts.ThrewCount, counts.DoubleEffects, counts.Lost));
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public async Task Handled_marks_survive_a_redis_kill_with_appendfsync_always()
    {
        var counts = await HandleKillRedisAndRedeliverAsync(appendOnly: true);

        Assert.Equal((10, 10, 10, 10, 0, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
    }

    [Fact]
    public async Task Handled_marks_are_lost_with_a_redis_kill_without_persistence_and_redeliveries_are_handled_again()
    {
        var counts = await HandleKillRedisAndRedeliverAsync(appendOnly: false);

        // The documented weaker guarantee: what Redis does not keep, the inbox does not know.
        Assert.Equal((10, 10, 10, 10, 10, 0), (counts.SentCount, counts.ConsumedCount, counts.Duplicates, counts.EffectCount, counts.DoubleEffects, counts.Lost));
    }

    // Handles ten messages, kills Redis (SIGKILL), starts it again on the same directory, and delivers the ten again.
    private async Task<FaultCounts> HandleKillRedisAndRedeliverAsync(bool appendOnly)
    {
        await using var server = new RedisServer(appendOnly);
        await server.StartAsync();
        using var connection = await Connections.ConnectAsync(server.Configuration);
        var counts = new FaultCounts();
        await using var bus = await RedisBus.StartAsync(builder => builder.UseRedisInbox(connection), counts);
        var ids = NewIds(10);
        foreach (var id in ids)
        {
            await bus.PublishAsync(new ShipOrder(id, "first"), id, counts);
        }

        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Shipping.Queue) == 10, () => counts.ToString());

        await server.KillAsync();
        await server.StartAsync();
        await Connections.WaitUntilConnectedAsync(connection);
        foreach (var id in ids)
        {
            await bus.PublishAsync(new ShipOrder(id, "redelivered"), id, counts);
        }

        await Eventually.WaitAsync(() => bus.Deliveries.Finished(Shipping.Queue) == 20, () => counts.ToString());
        output.WriteLine($"appendonly={(appendOnly ? "yes, appendfsync always" : "no")}: {counts}");
        return counts;
    }

    private static Guid[] NewIds(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];
}
