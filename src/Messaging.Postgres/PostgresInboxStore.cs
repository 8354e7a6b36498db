using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Messaging.Postgres;

/// <summary>
/// The PostgreSQL inbox: an <see cref="IdempotentAttribute">[Idempotent]</see> handler's delivery begins a transaction
/// and inserts <c>(queue, message_id)</c> into the inbox table; the handler runs in that transaction (through the
/// consume scope's <see cref="PostgresUnitOfWork"/>), and the row commits with the handler's own work or not at all.
/// </summary>
/// <remarks>
/// A message already handled fails the insert with a unique violation (SQLSTATE 23505), which is how a duplicate is
/// recognised; a duplicate delivered while the first delivery's transaction is open waits on the row lock until that
/// transaction ends, then is a duplicate (committed) or takes over (rolled back).
/// </remarks>
public sealed class PostgresInboxStore : IInboxStore
{
    private readonly PostgresMessaging _messaging;
    private readonly IServiceProvider _services;

    internal PostgresInboxStore(PostgresMessaging messaging, IServiceProvider services)
    {
        _messaging = messaging;
        _services = services;
    }

    /// <inheritdoc/>
    public async ValueTask<IInboxClaim?> TryClaimAsync(string queue, Guid messageId, ConsumeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(context);
        await _messaging.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);

        // The handler's unit of work: the consume scope's, so the handler and its services share the transaction; a
        // consumer without a scope (a static handler that takes no services) gets one of its own.
        var scoped = context.TryGetPayload<IServiceProvider>(out var scope) ? scope.GetService<PostgresUnitOfWork>() : null;
        var unitOfWork = scoped ?? _services.GetRequiredService<PostgresUnitOfWorkFactory>().Create();

        var connection = await _messaging.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var insert = new NpgsqlCommand($"INSERT INTO {_messaging.Inbox} (queue, message_id) VALUES ($1, $2)", connection, transaction))
            {
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = queue });
                insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await DisposeAsync(transaction, connection).ConfigureAwait(false);
            return null;
        }
        catch
        {
            await DisposeAsync(transaction, connection).ConfigureAwait(false);
            throw;
        }

        unitOfWork.AttachInbox(connection, transaction);
        // Cascaded publishes (a handler's returned message) join the transaction. The payload forwards to the current
        // attempt's unit of work: a retry runs with the payloads of the first attempt.
        if (context.GetOrAddPayload<IConsumeOutbox>(static () => new DeliveryOutbox()) is DeliveryOutbox outbox)
        {
            outbox.Current = unitOfWork;
        }

        return new Claim(unitOfWork, scoped is null);
    }

    private static async ValueTask DisposeAsync(NpgsqlTransaction? transaction, NpgsqlConnection connection)
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class Claim(PostgresUnitOfWork unitOfWork, bool ownsUnitOfWork) : IInboxClaim
    {
        public async ValueTask CompleteAsync(CancellationToken cancellationToken) =>
            await unitOfWork.CommitCoreAsync(cancellationToken).ConfigureAwait(false);

        public async ValueTask DisposeAsync()
        {
            // Rolls back when the handler failed (the inbox row with it), so a retry or redelivery runs it again.
            await unitOfWork.EndAsync().ConfigureAwait(false);
            if (ownsUnitOfWork)
            {
                await unitOfWork.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}

/// <summary>The <see cref="IConsumeOutbox"/> payload of a delivery: the unit of work of its current attempt.</summary>
internal sealed class DeliveryOutbox : IConsumeOutbox
{
    public PostgresUnitOfWork? Current { get; set; }

    public Task PublishAsync<T>(T message, CancellationToken cancellationToken)
        where T : class =>
        Current is { IsActive: true } unitOfWork
            ? unitOfWork.PublishAsync(message, cancellationToken)
            : throw Ended();

    public Task PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken)
        where T : class =>
        Current is { IsActive: true } unitOfWork
            ? unitOfWork.PublishAsync(message, options, cancellationToken)
            : throw Ended();

    private static InvalidOperationException Ended() =>
        new("The delivery's PostgreSQL transaction has ended: messages are written to the outbox only while the handler runs.");
}

/// <summary>Creates units of work outside a container scope.</summary>
internal sealed class PostgresUnitOfWorkFactory(PostgresMessaging messaging, OutboxMessageCodec codec)
{
    public PostgresUnitOfWork Create() => new(messaging, codec);
}
