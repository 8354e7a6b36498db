using System;
using System.Threading.Tasks;
using Xunit;

namespace Messaging.Tests.Bus;

/// <summary>The default inbox store: claims, completion, release, expiry and its bound.</summary>
public sealed class InMemoryInboxStoreTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public async Task Completed_claim_makes_the_next_delivery_a_duplicate()
    {
        var store = Store();
        var id = Guid.NewGuid();

        await using (var claim = await store.TryClaimAsync("q", id, null!, default))
        {
            await claim!.CompleteAsync(default);
        }

        Assert.Null(await store.TryClaimAsync("q", id, null!, default));
    }

    [Fact]
    public async Task Claim_released_without_completion_lets_the_next_delivery_handle_the_message()
    {
        var store = Store();
        var id = Guid.NewGuid();

        await using (await store.TryClaimAsync("q", id, null!, default))
        {
        }

        await using var again = await store.TryClaimAsync("q", id, null!, default);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task Same_id_on_another_queue_is_another_message()
    {
        var store = Store();
        var id = Guid.NewGuid();

        await using var first = await store.TryClaimAsync("billing", id, null!, default);
        await using var second = await store.TryClaimAsync("shipping", id, null!, default);

        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task Duplicate_delivered_while_the_first_is_handled_waits_for_its_outcome()
    {
        var store = Store();
        var id = Guid.NewGuid();
        var first = await store.TryClaimAsync("q", id, null!, default);

        var duplicate = store.TryClaimAsync("q", id, null!, default).AsTask();
        Assert.False(duplicate.IsCompleted);
        await first!.CompleteAsync(default);
        await first.DisposeAsync();

        Assert.Null(await duplicate);
    }

    [Fact]
    public async Task Duplicate_waiting_on_a_failed_delivery_takes_the_claim()
    {
        var store = Store();
        var id = Guid.NewGuid();
        var first = await store.TryClaimAsync("q", id, null!, default);

        var duplicate = store.TryClaimAsync("q", id, null!, default).AsTask();
        await first!.DisposeAsync();

        await using var taken = await duplicate;
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task Handled_id_is_forgotten_after_the_retention()
    {
        var store = Store(retention: TimeSpan.FromMinutes(5));
        var id = Guid.NewGuid();
        await HandleAsync(store, id);

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await store.TryClaimAsync("q", id, null!, default));
        _time.Advance(TimeSpan.FromMinutes(1));

        await using var again = await store.TryClaimAsync("q", id, null!, default);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task Oldest_ids_are_forgotten_past_the_capacity()
    {
        var store = Store(capacity: 3);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        foreach (var id in ids)
        {
            await HandleAsync(store, id);
        }

        Assert.Equal(3, store.Count);
        Assert.Null(await store.TryClaimAsync("q", ids[3], null!, default));
        await using var oldest = await store.TryClaimAsync("q", ids[0], null!, default);
        Assert.NotNull(oldest);
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_setting()
    {
        Assert.Equal("Retention", Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryInboxOptions { Retention = TimeSpan.Zero }.Validate()).ParamName);
        Assert.Equal("Capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryInboxOptions { Capacity = 0 }.Validate()).ParamName);
    }

    private InMemoryInboxStore Store(TimeSpan? retention = null, int capacity = 100) =>
        new(new InMemoryInboxOptions { Retention = retention ?? TimeSpan.FromHours(1), Capacity = capacity }, _time);

    private static async Task HandleAsync(InMemoryInboxStore store, Guid id)
    {
        await using var claim = await store.TryClaimAsync("q", id, null!, default);
        await claim!.CompleteAsync(default);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
