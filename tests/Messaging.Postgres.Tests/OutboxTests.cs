using System;
using System.Linq;
using System.Threading.Tasks;
using Ledger.Contracts;
using MassTransit;
using Messaging.Postgres.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Messaging.Postgres.Tests;

/// <summary>
/// The transactional outbox: messages written in a transaction are published after it commits — with their original
/// message ids — and never when it rolls back; the schema is the library's to create.
/// </summary>
public sealed class OutboxTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Unit_of_work_outside_a_handler_publishes_after_commit_under_the_id_it_chose()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var account = Guid.NewGuid();
        var id = NewId.NextGuid();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
            await unitOfWork.BeginAsync();
            await using (var business = new NpgsqlCommand($"INSERT INTO effects (message_id, account_id, amount) VALUES ('{id}', '{account}', 0)", unitOfWork.Connection, unitOfWork.Transaction))
            {
                await business.ExecuteNonQueryAsync();
            }

            await unitOfWork.PublishAsync(new AccountOpened(account, "Ada"), id);
            await unitOfWork.CommitAsync();
        }

        await probe.WaitUntilAsync(() => probe.AuditedFor(account).Count == 1, s_timeout, () => "AccountOpened not delivered");
        Assert.Equal(id, probe.AuditedFor(account)[0].MessageId);
        await probe.WaitUntilAsync(() => Count(database, "SELECT count(*) FROM messaging.outbox") == 0, s_timeout, () => "outbox row not deleted");
    }

    [Fact]
    public async Task Unit_of_work_rolled_back_publishes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var rolledBack = Guid.NewGuid();
        var committed = Guid.NewGuid();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
            await unitOfWork.BeginAsync();
            await unitOfWork.PublishAsync(new AccountOpened(rolledBack, "never"));
            // Disposed without a commit.
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
            await unitOfWork.BeginAsync();
            await unitOfWork.PublishAsync(new AccountOpened(committed, "later"));
            await unitOfWork.CommitAsync();
        }

        // One relay publishes in the order rows were written: the later message arriving means the earlier one would have.
        await probe.WaitUntilAsync(() => probe.AuditedFor(committed).Count == 1, s_timeout, () => "committed message not delivered");
        Assert.Empty(probe.AuditedFor(rolledBack));
        await probe.WaitUntilAsync(() => Count(database, "SELECT count(*) FROM messaging.outbox") == 0, s_timeout, () => "outbox not emptied");
    }

    [Fact]
    public async Task Message_an_idempotent_handler_returns_is_published_through_the_outbox_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var deposit = new Deposit(Guid.NewGuid(), 42m, "cascade");
        var id = NewId.NextGuid();

        await host.Bus.Publish(deposit, context => context.MessageId = id);
        await host.Bus.Publish(deposit, context => context.MessageId = id);

        await probe.WaitUntilAsync(() => host.DeliveriesOf(id) == 2 && probe.AuditedFor(deposit.AccountId).Count == 1, s_timeout,
            () => $"deliveries {host.DeliveriesOf(id)}, audited {probe.AuditedFor(deposit.AccountId).Count}");
        await probe.WaitUntilAsync(() => Count(database, "SELECT count(*) FROM messaging.outbox") == 0, s_timeout, () => "outbox row not deleted");
        Assert.Single(probe.AuditedFor(deposit.AccountId));
    }

    [Fact]
    public async Task Message_returned_by_attempts_that_failed_is_never_published()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var failing = new Deposit(Guid.NewGuid(), 1m, "fails then succeeds");
        probe.FailDeposits(failing.AccountId, times: 2);

        await host.Bus.Publish(failing);

        // Two failed attempts wrote nothing that stayed; the third published DepositRecorded once.
        await probe.WaitUntilAsync(() => probe.AuditedFor(failing.AccountId).Count == 1, s_timeout, () => "DepositRecorded not delivered");
        var sentinel = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
            await unitOfWork.BeginAsync();
            await unitOfWork.PublishAsync(new AccountOpened(sentinel, "sentinel"));
            await unitOfWork.CommitAsync();
        }

        await probe.WaitUntilAsync(() => probe.AuditedFor(sentinel).Count == 1, s_timeout, () => "sentinel not delivered");
        Assert.Single(probe.AuditedFor(failing.AccountId));
    }

    [Fact]
    public async Task Message_published_through_the_consume_context_joins_the_outbox_under_the_id_its_callback_set()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        var deposit = new Deposit(Guid.NewGuid(), 7m, "through the context");
        probe.FailDeposits(deposit.AccountId, times: 2);
        var id = NewId.NextGuid();

        // Two attempts publish and then fail: their transactions roll back with what they published. The third commits.
        // The same message again (a redelivery) is a duplicate: it publishes nothing.
        await host.Bus.Publish(deposit, context => context.MessageId = id);
        await probe.WaitUntilAsync(() => probe.AuditedFor(deposit.AccountId).Count == 1, s_timeout, () => "DepositRecorded not delivered");
        await host.Bus.Publish(deposit, context => context.MessageId = id);
        await probe.WaitUntilAsync(() => host.DeliveriesOf(id) == 2, s_timeout, () => $"deliveries {host.DeliveriesOf(id)}");
        await SentinelDeliveredAsync(host, probe);

        Assert.Equal(3, probe.AttemptsOf(id));
        var audited = Assert.Single(probe.AuditedFor(deposit.AccountId));
        // Published by the relay after the commit, under the id the handler's callback chose.
        Assert.Equal(deposit.AccountId, audited.MessageId);
    }

    // A message published through the outbox after everything else and delivered: what came before it was relayed too.
    private static async Task SentinelDeliveredAsync(LedgerHost host, LedgerProbe probe)
    {
        var sentinel = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
            await unitOfWork.BeginAsync();
            await unitOfWork.PublishAsync(new AccountOpened(sentinel, "sentinel"));
            await unitOfWork.CommitAsync();
        }

        await probe.WaitUntilAsync(() => probe.AuditedFor(sentinel).Count == 1, s_timeout, () => "sentinel not delivered");
    }

    [Fact]
    public async Task Row_of_an_unknown_type_is_set_aside_and_the_rows_behind_it_flow()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        await using var host = await LedgerHost.StartAsync(database, probe);
        await WaitForSchemaAsync(host);
        await PostgresFixture.ExecuteAsync(database,
            "INSERT INTO messaging.outbox (message_id, message_type, body) VALUES (gen_random_uuid(), 'urn:message:Nobody:Knows', '\\x90')");
        var account = Guid.NewGuid();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
            await unitOfWork.BeginAsync();
            await unitOfWork.PublishAsync(new AccountOpened(account, "behind"));
            await unitOfWork.CommitAsync();
        }

        await probe.WaitUntilAsync(() => probe.AuditedFor(account).Count == 1, s_timeout, () => "message behind the unknown one not delivered");
        await probe.WaitUntilAsync(() => Count(database, "SELECT count(*) FROM messaging.outbox WHERE failed_at IS NOT NULL AND error LIKE '%urn:message:Nobody:Knows%'") == 1,
            s_timeout, () => "unknown row not set aside");
    }

    [Fact]
    public async Task Several_relays_on_one_outbox_publish_each_row_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var probe = new LedgerProbe();
        // Three services on one database, each running a relay; all write to the outbox, one of them consumes.
        await using var consumer = await LedgerHost.StartAsync(database, probe, options => options.RelayBatchSize = 10);
        await using var second = await LedgerHost.StartAsync(database, probe, options => options.RelayBatchSize = 10);
        await using var third = await LedgerHost.StartAsync(database, probe, options => options.RelayBatchSize = 10);
        var accounts = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToArray();

        await Task.WhenAll(new[] { consumer, second, third }.Select(async (host, index) =>
        {
            for (var i = index; i < accounts.Length; i += 3)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
                await unitOfWork.BeginAsync();
                await unitOfWork.PublishAsync(new AccountOpened(accounts[i], "relayed"));
                await unitOfWork.CommitAsync();
            }
        }));

        // Each host's bus is in memory: a row is delivered to the audit handler of the host whose relay took it. Every
        // row once, by exactly one relay: 300 deliveries, none twice.
        await probe.WaitUntilAsync(() => accounts.All(a => probe.AuditedFor(a).Count >= 1), s_timeout,
            () => $"{accounts.Count(a => probe.AuditedFor(a).Count >= 1)} of 300 delivered");
        await probe.WaitUntilAsync(() => Count(database, "SELECT count(*) FROM messaging.outbox") == 0, s_timeout, () => "outbox not emptied");
        Assert.All(accounts, a => Assert.Single(probe.AuditedFor(a)));
    }

    [Fact]
    public async Task Schema_script_runs_again_and_from_several_processes_at_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(database);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostgresMessagingSchema.CreateAsync(dataSource, "messaging")));
        await PostgresMessagingSchema.CreateAsync(dataSource, "messaging");

        Assert.Equal(1, Count(database, "SELECT count(*) FROM messaging.schema_version"));
        Assert.Equal(PostgresMessagingSchema.Version, Count(database, "SELECT version FROM messaging.schema_version"));
        Assert.Equal(2, Count(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'messaging' AND table_name IN ('inbox', 'outbox')"));
    }

    [Fact]
    public void Schema_name_that_is_not_a_plain_identifier_is_refused_with_the_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => new PostgresOptions { ConnectionString = "Host=x", Schema = "bad\"; DROP TABLE x; --" }.Validate());

        Assert.Contains("not a plain PostgreSQL identifier", error.Message, StringComparison.Ordinal);
    }

    private static async Task WaitForSchemaAsync(LedgerHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
        await unitOfWork.BeginAsync();
    }

    private static long Count(string database, string sql) => PostgresFixture.ScalarAsync(database, sql).GetAwaiter().GetResult();
}
