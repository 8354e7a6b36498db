using System;
using System.Linq;
using System.Threading.Tasks;
using Ledger.Contracts;
using MassTransit;
using Messaging.Postgres.Tests.Infrastructure;
using Xunit;

namespace Messaging.Postgres.Tests;

/// <summary>
/// The PostgreSQL inbox of an <c>[Idempotent]</c> handler: the inbox row and the handler's own database work commit in
/// one transaction, so a message delivered again — under the same message id — has no second effect.
/// </summary>
public sealed class InboxTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Same_message_published_twice_under_one_id_has_one_effect()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var id = NewId.NextGuid();
        var deposit = new Deposit(Guid.NewGuid(), 10m, "twice");

        await host.Bus.Publish(deposit, context => context.MessageId = id);
        await host.Bus.Publish(deposit, context => context.MessageId = id);

        await probe.WaitUntilAsync(() => host.DeliveriesOf(id) == 2, s_timeout, () => $"{host.DeliveriesOf(id)} of 2 deliveries completed");
        Assert.Equal(1, probe.AttemptsOf(id));
        Assert.Equal(1, await EffectsAsync(database, id));
        Assert.Equal(1, await PostgresFixture.ScalarAsync(database, $"SELECT count(*) FROM messaging.inbox WHERE message_id = '{id}' AND queue = 'ledger'"));
    }

    [Fact]
    public async Task Attempt_that_fails_after_its_effect_rolls_the_effect_back_and_the_retry_has_the_only_effect()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var deposit = new Deposit(Guid.NewGuid(), 25m, "retried");
        probe.FailDeposits(deposit.AccountId, times: 2);
        var id = NewId.NextGuid();

        await host.Bus.Publish(deposit, context => context.MessageId = id);

        await probe.WaitUntilAsync(() => host.DeliveriesOf(id) == 1, s_timeout, () => $"attempts {probe.AttemptsOf(id)}");
        Assert.Equal(3, probe.AttemptsOf(id));
        Assert.Equal(1, await EffectsAsync(database, id));
    }

    [Fact]
    public async Task Duplicates_delivered_at_the_same_time_have_one_effect()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var deposit = new Deposit(Guid.NewGuid(), 5m, "concurrent");
        // The first delivery holds its transaction open until every duplicate has been delivered and waits on its row.
        probe.Hold(deposit.AccountId);
        var id = NewId.NextGuid();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Bus.Publish(deposit, context => context.MessageId = id)));
        await probe.WaitUntilAsync(() => probe.AttemptsOf(id) >= 1, s_timeout, () => "no attempt started");
        probe.Release(deposit.AccountId);

        await probe.WaitUntilAsync(() => host.DeliveriesOf(id) == 20, s_timeout, () => $"{host.DeliveriesOf(id)} of 20 deliveries completed");
        Assert.Equal(1, probe.AttemptsOf(id));
        Assert.Equal(1, await EffectsAsync(database, id));
    }

    [Fact]
    public async Task Different_messages_each_have_their_effect()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var ids = Enumerable.Range(0, 50).Select(_ => NewId.NextGuid()).ToArray();

        await Task.WhenAll(ids.Select(id => host.Bus.Publish(new Deposit(Guid.NewGuid(), 1m, "silent"), context => context.MessageId = id)));

        await probe.WaitUntilAsync(() => ids.All(id => host.DeliveriesOf(id) == 1), s_timeout, () => $"{ids.Count(id => host.DeliveriesOf(id) == 1)} of 50 handled");
        Assert.Equal(50, await PostgresFixture.ScalarAsync(database, "SELECT count(DISTINCT message_id) FROM effects"));
        Assert.Equal(50, await PostgresFixture.ScalarAsync(database, "SELECT count(*) FROM effects"));
    }

    [Fact]
    public async Task Inbox_rows_older_than_the_retention_are_deleted_and_newer_ones_kept()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using (var first = await LedgerHost.StartAsync(database, probe))
        {
            var fresh = NewId.NextGuid();
            await first.Bus.Publish(new Deposit(Guid.NewGuid(), 1m, "silent"), context => context.MessageId = fresh);
            await probe.WaitUntilAsync(() => first.DeliveriesOf(fresh) == 1, s_timeout, () => "not handled");
        }

        await PostgresFixture.ExecuteAsync(database,
            "INSERT INTO messaging.inbox (queue, message_id, handled_at) SELECT 'ledger', gen_random_uuid(), now() - interval '2 days' FROM generate_series(1, 30)");
        Assert.Equal(31, await PostgresFixture.ScalarAsync(database, "SELECT count(*) FROM messaging.inbox"));

        // The relay cleans the inbox when it starts, then every CleanupInterval.
        await using var second = await LedgerHost.StartAsync(database, probe, options => options.InboxRetention = TimeSpan.FromDays(1));
        await probe.WaitUntilAsync(() => PostgresFixture.ScalarAsync(database, "SELECT count(*) FROM messaging.inbox").GetAwaiter().GetResult() == 1,
            s_timeout, () => "expired rows still there");
    }

    private static Task<long> EffectsAsync(string database, Guid id) =>
        PostgresFixture.ScalarAsync(database, $"SELECT count(*) FROM effects WHERE message_id = '{id}'");
}
