using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ledger.Contracts;
using MassTransit;
using Messaging.Postgres.Tests.Infrastructure;
using Messaging.Serialization;
using Messaging.Testing;
using Npgsql;
using RabbitMQ.Client;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.Postgres.Tests.Faults;

/// <summary>
/// The consumer process killed (SIGKILL) twice while 10,000 transfers flow to its <c>[Idempotent]</c> handler, whose
/// effect commits with the PostgreSQL inbox row: every confirmed transfer must have exactly one effect. The messages it
/// had taken and not acknowledged are redelivered to the next process; those whose transaction had committed are
/// recognised by the inbox.
/// </summary>
public sealed class ConsumerKillFaultTests(ITestOutputHelper output)
{
    private const int Transfers = 10_000;
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Consumer_killed_twice_mid_run_loses_nothing_and_doubles_no_effect_with_the_postgres_inbox()
    {
        await using var server = await PostgresServer.StartAsync();
        await PostgresFixture.ExecuteAsync(server.ConnectionString, "CREATE DATABASE consumer_kill");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "consumer_kill", MaxPoolSize = 50 }.ConnectionString;
        await PostgresFixture.ExecuteAsync(database, "CREATE TABLE effects (message_id uuid NOT NULL, account_id uuid NOT NULL, amount numeric NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())");
        await using var virtualHost = await SharedBrokerVirtualHost.CreateAsync("consumer-kill");
        var counts = new FaultCounts();
        var skipped = new ConcurrentBag<string>();

        var consumer = await ConsumerAsync(database, virtualHost.Name, skipped);
        var kills = 0;
        try
        {
            var producing = ProduceAsync(virtualHost.Name, counts);
            foreach (var fraction in new[] { 3, 2 })
            {
                // Kill once a third, then once half, of the run has an effect: mid-run, with deliveries in flight.
                var target = Transfers / fraction;
                await WaitUntilAsync(() => EffectCount(database) >= target, () => $"{EffectCount(database)} effects of {target}");
                consumer.Kill(entireProcessTree: true);
                await consumer.WaitForExitAsync();
                consumer.Dispose();
                kills++;
                consumer = await ConsumerAsync(database, virtualHost.Name, skipped);
            }

            await producing;
            var confirmed = counts.ConfirmedNotConsumed().ToHashSet();
            await WaitUntilAsync(() => Effects(database).Keys.Count(confirmed.Contains) == confirmed.Count,
                () => $"{Effects(database).Keys.Count(confirmed.Contains)} of {confirmed.Count} confirmed transfers have an effect");
        }
        finally
        {
            consumer.Kill(entireProcessTree: true);
            await consumer.WaitForExitAsync();
            consumer.Dispose();
        }

        var effects = Effects(database);
        foreach (var id in effects.Keys)
        {
            counts.Consumed(id);
        }

        // Redeliveries the inbox recognised, as the consumer processes logged them.
        foreach (var line in skipped)
        {
            if (Guid.TryParse(line.Split("Skipped message ")[1].Split(' ')[0], out var id))
            {
                counts.Consumed(id);
            }
        }

        counts.SetEffects(effects);
        output.WriteLine($"consumer process killed {kills} times mid-run (PostgreSQL inbox): {counts}");
        Assert.Equal(2, kills);
        Assert.Equal(Transfers, counts.ConfirmedCount);
        Assert.Equal(0, counts.Lost);
        Assert.Equal(0, counts.DoubleEffects);
    }

    // Publishes the transfers as a plain AMQP producer: the documented wire format, publisher confirms, persistent.
    private static async Task ProduceAsync(string virtualHost, FaultCounts counts)
    {
        var factory = new ConnectionFactory
        {
            HostName = SharedBrokerVirtualHost.Host,
            Port = SharedBrokerVirtualHost.Port,
            UserName = SharedBrokerVirtualHost.UserName,
            Password = SharedBrokerVirtualHost.Password,
            VirtualHost = virtualHost,
        };
        await using var connection = await factory.CreateConnectionAsync("transfer-producer");
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        for (var batch = 0; batch < Transfers / 100; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
            {
                var id = NewId.NextGuid();
                var properties = new BasicProperties
                {
                    ContentType = "application/msgpack",
                    MessageId = id.ToString(),
                    Persistent = true,
                    Headers = new Dictionary<string, object?> { ["MT-MessageType"] = "urn:message:Ledger.Contracts:Transfer" },
                };
                counts.Sent(id);
                await channel.BasicPublishAsync("Ledger.Contracts:Transfer", string.Empty, mandatory: false, properties,
                    WireSerializer.Serialize(new Transfer(Guid.NewGuid(), batch * 100 + i)));
                counts.Confirmed(id);
            }));
        }
    }

    private static async Task<Process> ConsumerAsync(string database, string virtualHost, ConcurrentBag<string> skipped)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ConsumerProcess).Assembly.Location);
        start.ArgumentList.Add("transfer-consumer");
        start.Environment[ConsumerProcess.DatabaseVariable] = database;
        start.Environment[ConsumerProcess.VirtualHostVariable] = virtualHost;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The consumer process did not start.");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("The consumer process ended before it was ready: " + string.Join(Environment.NewLine, errors)));
            }
            else if (line.Data == "ready")
            {
                ready.TrySetResult();
            }
            else if (line.Data.Contains("Skipped message ", StringComparison.Ordinal))
            {
                skipped.Add(line.Data);
            }
            else
            {
                errors.Enqueue(line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                errors.Enqueue(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await ready.Task.WaitAsync(s_timeout);
        return process;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string> describe)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > s_timeout)
            {
                throw new TimeoutException($"Not reached within {s_timeout.TotalMinutes} min: {describe()}");
            }

            // Polling the database, not synchronising with it.
            await Task.Delay(100);
        }
    }

    private static long EffectCount(string database) => PostgresFixture.ScalarAsync(database, "SELECT count(*) FROM effects").GetAwaiter().GetResult();

    private static Dictionary<Guid, int> Effects(string database) => PostgresFixture.EffectsByMessage(database);
}
