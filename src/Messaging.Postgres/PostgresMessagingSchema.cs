using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Messaging.Postgres;

/// <summary>
/// The inbox and outbox tables, created by an idempotent script (safe to run again, and from several processes at once:
/// it takes an advisory lock).
/// </summary>
public static class PostgresMessagingSchema
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int Version = 1;

    /// <summary>
    /// The migration script for <paramref name="schema"/>, for operators who create the tables themselves (run it as a
    /// user that may create them, then set <see cref="PostgresOptions.CreateSchema"/> to <see langword="false"/>).
    /// </summary>
    /// <param name="schema">The schema name (a plain identifier).</param>
    /// <returns>The SQL script.</returns>
    public static string Script(string schema) => string.Format(CultureInfo.InvariantCulture, """
        SELECT pg_advisory_xact_lock(hashtext('messaging-schema:{0}'));
        CREATE SCHEMA IF NOT EXISTS "{0}";
        -- One row per message a queue's [Idempotent] handler handled, written in the handler's transaction.
        CREATE TABLE IF NOT EXISTS "{0}".inbox (
            queue       text        NOT NULL,
            message_id  uuid        NOT NULL,
            handled_at  timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (queue, message_id)
        );
        CREATE INDEX IF NOT EXISTS inbox_handled_at ON "{0}".inbox (handled_at);
        -- Messages written in a transaction, published by the relay after it committed, in sequence order.
        CREATE TABLE IF NOT EXISTS "{0}".outbox (
            sequence        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            message_id      uuid        NOT NULL,
            message_type    text        NOT NULL,
            body            bytea       NOT NULL,
            correlation_id  uuid,
            conversation_id uuid,
            created_at      timestamptz NOT NULL DEFAULT now(),
            failed_at       timestamptz,
            error           text
        );
        CREATE INDEX IF NOT EXISTS outbox_pending ON "{0}".outbox (sequence) WHERE failed_at IS NULL;
        CREATE TABLE IF NOT EXISTS "{0}".schema_version (version int NOT NULL);
        INSERT INTO "{0}".schema_version (version) SELECT {1} WHERE NOT EXISTS (SELECT 1 FROM "{0}".schema_version);
        """, schema, Version);

    /// <summary>Runs <see cref="Script"/> on <paramref name="dataSource"/> in one transaction.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="schema">The schema name.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the tables exist.</returns>
    public static async Task CreateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken = default)
    {
        System.ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(Script(schema), connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
