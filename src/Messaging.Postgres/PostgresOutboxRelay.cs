using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Messaging.Postgres;

/// <summary>
/// Publishes committed outbox rows and deletes them, in one transaction per batch, and deletes expired inbox rows.
/// </summary>
/// <remarks>
/// <para>
/// A batch locks its rows (<c>FOR UPDATE SKIP LOCKED</c>): relays in other processes take other rows, never the same
/// ones at the same time. Each row is published with its stored message id and awaited (on RabbitMQ, until the broker
/// confirmed it); then the rows are deleted and the transaction commits. A crash, a lost database connection or a broker
/// failure between a publish and the commit leaves the rows in place, and they are published again, under the same ids —
/// at least once, which an <c>[Idempotent]</c> consumer turns into once in effect.
/// </para>
/// <para>
/// One relay publishes rows in the order they were written (<c>sequence</c>); with several relays, rows of different
/// batches may overtake each other. A row whose type is not registered or whose body does not deserialize is set aside
/// (<c>failed_at</c> and <c>error</c> set) and logged as an error, so it cannot block the rows behind it.
/// </para>
/// </remarks>
internal sealed class PostgresOutboxRelay(PostgresMessaging messaging, OutboxMessageCodec codec, ILogger<PostgresOutboxRelay> logger,
    IHostApplicationLifetime? lifetime) : BackgroundService
{
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the host has started, and with it the bus: on a broker, a message published before the handlers'
        // queues are bound is confirmed and dropped, and the relay would then delete its row.
        await Task.Yield();
        if (lifetime is not null && !lifetime.ApplicationStarted.IsCancellationRequested)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        var options = messaging.Options;
        var backoff = TimeSpan.FromMilliseconds(100);
        var nextCleanup = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wake = messaging.NextCommitAsync();
                await messaging.EnsureSchemaAsync(stoppingToken).ConfigureAwait(false);
                if (DateTimeOffset.UtcNow >= nextCleanup)
                {
                    await CleanInboxAsync(stoppingToken).ConfigureAwait(false);
                    nextCleanup = DateTimeOffset.UtcNow + options.CleanupInterval;
                }

                var relayed = await RelayBatchAsync(stoppingToken).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(100);
                if (relayed < options.RelayBatchSize)
                {
                    await wake.WaitAsync(options.RelayPollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                PostgresLog.RelayFailed(logger, backoff, exception.Message, exception);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, s_maxBackoff.Ticks));
            }
        }
    }

    /// <summary>Publishes and deletes one batch; returns how many rows it took.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await messaging.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(long Sequence, OutboxMessage Message)>();
        await using (var select = new NpgsqlCommand(
            $"SELECT sequence, message_id, message_type, body, correlation_id, conversation_id FROM {messaging.Outbox} " +
            "WHERE failed_at IS NULL ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<int> { TypedValue = messaging.Options.RelayBatchSize });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64(0), new OutboxMessage(
                    reader.GetGuid(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3),
                    reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.IsDBNull(5) ? null : reader.GetGuid(5))));
            }
        }

        if (rows.Count == 0)
        {
            return 0;
        }

        var published = new List<long>(rows.Count);
        foreach (var (sequence, message) in rows)
        {
            try
            {
                await codec.PublishAsync(message, cancellationToken).ConfigureAwait(false);
                published.Add(sequence);
            }
            catch (UnpublishableMessageException exception)
            {
                PostgresLog.MessageSetAside(logger, message.MessageId, message.MessageType, exception.Message);
                await using var setAside = new NpgsqlCommand($"UPDATE {messaging.Outbox} SET failed_at = now(), error = $2 WHERE sequence = $1", connection, transaction);
                setAside.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sequence });
                setAside.Parameters.Add(new NpgsqlParameter<string> { TypedValue = exception.Message });
                await setAside.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var delete = new NpgsqlCommand($"DELETE FROM {messaging.Outbox} WHERE sequence = ANY($1)", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. published] });
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        PostgresLog.Relayed(logger, published.Count);
        return rows.Count;
    }

    private async Task CleanInboxAsync(CancellationToken cancellationToken)
    {
        await using var connection = await messaging.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = new NpgsqlCommand($"DELETE FROM {messaging.Inbox} WHERE handled_at < now() - $1", connection);
        delete.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = messaging.Options.InboxRetention });
        var count = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        PostgresLog.InboxCleaned(logger, count, messaging.Options.InboxRetention);
    }
}
