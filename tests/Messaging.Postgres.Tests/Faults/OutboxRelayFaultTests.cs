using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ledger.Contracts;
using MassTransit;
using Messaging.Postgres.Tests.Infrastructure;
using Messaging.RabbitMq;
using Messaging.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.Postgres.Tests.Faults;

/// <summary>
/// PostgreSQL restarted — cleanly and as a crash — while units of work write transfers to the outbox and the relay
/// publishes them to RabbitMQ, where an <c>[Idempotent]</c> handler (inbox on the same database) records each one's
/// effect. Every committed transfer must have exactly one effect.
/// </summary>
public sealed class OutboxRelayFaultTests(ITestOutputHelper output)
{
    private const int Transfers = 2_000;
    private const int PerUnitOfWork = 10;
    private static readonly TimeSpan s_drainTimeout = TimeSpan.FromMinutes(4);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostgreSQL_restarted_while_the_outbox_relays_loses_nothing_and_doubles_no_effect(bool crash)
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await CreateDatabaseAsync(server);
        await using var virtualHost = await SharedBrokerVirtualHost.CreateAsync("pg-restart");
        using var probe = new LedgerProbe();
        var counts = new FaultCounts();
        await using var host = await LedgerHost.StartAsync(database, probe, options => options.RelayBatchSize = 50,
            transport: messaging => messaging.UseRabbitMq(o =>
            {
                o.Host = SharedBrokerVirtualHost.Host;
                o.Port = SharedBrokerVirtualHost.Port;
                o.UserName = SharedBrokerVirtualHost.UserName;
                o.Password = SharedBrokerVirtualHost.Password;
                o.VirtualHost = virtualHost.Name;
            }));

        var writers = Enumerable.Range(0, 4).Select(_ => WriteAsync(host, counts)).ToArray();

        // Restart once a third of the transfers is committed, while the writers and the relay are busy.
        await probe.WaitUntilAsync(() => counts.ConfirmedCount >= Transfers / 3, s_drainTimeout, () => counts.ToString());
        if (crash)
        {
            await server.KillAsync();
        }
        else
        {
            await server.StopAsync();
        }

        await server.StartAgainAsync();
        await Task.WhenAll(writers);

        // Everything committed must reach its handler; wait (bounded) until each confirmed transfer has an effect.
        var confirmed = counts.ConfirmedNotConsumed();
        await probe.WaitUntilAsync(() => Effects(database).Keys.Count(confirmed.Contains) == confirmed.Count, s_drainTimeout,
            () => $"{Effects(database).Keys.Count(confirmed.Contains)} of {confirmed.Count} confirmed transfers have an effect");
        var effects = Effects(database);
        foreach (var id in effects.Keys)
        {
            for (var delivery = 0; delivery < Math.Max(1, host.DeliveriesOf(id)); delivery++)
            {
                counts.Consumed(id);
            }
        }

        counts.SetEffects(effects);
        output.WriteLine($"PostgreSQL {(crash ? "crashed (immediate)" : "stopped (fast)")} and restarted mid-relay: {counts}");
        Assert.Equal(0, counts.Lost);
        Assert.Equal(0, counts.DoubleEffects);
        Assert.True(counts.ConfirmedCount >= Transfers, counts.ToString());
    }

    // Commits transfers in units of work of ten until the run's total is reached; a unit of work that fails (the
    // database is restarting) is counted as thrown and written again under new ids.
    private static async Task WriteAsync(LedgerHost host, FaultCounts counts)
    {
        for (var attempt = 0; counts.ConfirmedCount < Transfers && attempt < 20_000; attempt++)
        {
            var ids = Enumerable.Range(0, PerUnitOfWork).Select(_ => NewId.NextGuid()).ToArray();
            try
            {
                await using var scope = host.Services.CreateAsyncScope();
                var unitOfWork = scope.ServiceProvider.GetRequiredService<PostgresUnitOfWork>();
                await unitOfWork.BeginAsync();
                foreach (var id in ids)
                {
                    counts.Sent(id);
                    await unitOfWork.PublishAsync(new Transfer(Guid.NewGuid(), attempt), id);
                }

                await unitOfWork.CommitAsync();
                foreach (var id in ids)
                {
                    counts.Confirmed(id);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                foreach (var id in ids)
                {
                    counts.Threw(id);
                }

                // The database is down: try again shortly (a pace for the loop, not a synchronisation).
                await Task.Delay(50);
            }
        }
    }

    private static async Task<string> CreateDatabaseAsync(PostgresServer server)
    {
        await PostgresFixture.ExecuteAsync(server.ConnectionString, "CREATE DATABASE relay");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "relay" }.ConnectionString;
        await PostgresFixture.ExecuteAsync(database, "CREATE TABLE effects (message_id uuid NOT NULL, account_id uuid NOT NULL, amount numeric NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())");
        return database;
    }

    private static Dictionary<Guid, int> Effects(string database) => PostgresFixture.EffectsByMessage(database);
}
