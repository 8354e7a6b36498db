using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Messaging.Postgres;

/// <summary>
/// One PostgreSQL transaction for the application's own work and the messages it publishes (a transactional outbox);
/// scoped: one per consume scope and per web request.
/// </summary>
/// <remarks>
/// <para>
/// <b>In an <see cref="IdempotentAttribute">[Idempotent]</see> handler</b> the transaction is the inbox's: it is open
/// when the handler runs, the inbox row is already in it, and it commits after the handler returns (or rolls back when
/// it throws). Run the handler's commands on <see cref="Connection"/> with <see cref="Transaction"/>; a redelivered
/// message then has no second effect. Messages published with <see cref="PublishAsync{T}(T, CancellationToken)"/>, and messages the handler
/// returns, are written to the outbox in that transaction.
/// </para>
/// <para>
/// <b>Anywhere else</b> (a web request, a job): <see cref="BeginAsync"/>, do the work on <see cref="Connection"/> with
/// <see cref="Transaction"/>, <see cref="PublishAsync{T}(T, CancellationToken)"/> the messages, <see cref="CommitAsync"/>. Disposing without
/// committing rolls back, and nothing is published.
/// </para>
/// <para>Committed messages are published by the outbox relay, with their message ids, at least once.</para>
/// </remarks>
public sealed class PostgresUnitOfWork : IConsumeOutbox, IAsyncDisposable
{
    private readonly PostgresMessaging _messaging;
    private readonly OutboxMessageCodec _codec;
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private bool _ownedByInbox;
    private bool _wroteOutbox;

    internal PostgresUnitOfWork(PostgresMessaging messaging, OutboxMessageCodec codec)
    {
        _messaging = messaging;
        _codec = codec;
    }

    /// <summary>Whether a transaction is open.</summary>
    public bool IsActive => _transaction is not null;

    /// <summary>The open connection.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open: call <see cref="BeginAsync"/> first.</exception>
    public NpgsqlConnection Connection => _connection ?? throw NotBegun();

    /// <summary>The open transaction; pass it to every command (<c>new NpgsqlCommand(sql, uow.Connection, uow.Transaction)</c>).</summary>
    /// <exception cref="InvalidOperationException">No transaction is open: call <see cref="BeginAsync"/> first.</exception>
    public NpgsqlTransaction Transaction => _transaction ?? throw NotBegun();

    /// <summary>Opens a connection and begins the transaction.</summary>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>A task that completes when the transaction is open.</returns>
    /// <exception cref="InvalidOperationException">A transaction is already open (in an [Idempotent] handler, the inbox's).</exception>
    public async Task BeginAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException(_ownedByInbox
                ? "This unit of work already runs the [Idempotent] handler's transaction (the inbox's): use Connection and Transaction as they are; it commits when the handler returns."
                : "A transaction is already open on this unit of work: commit it or dispose the unit of work first.");
        }

        await _messaging.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _messaging.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            _connection = connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="message"/> to the outbox in the open transaction: it is published after the commit, never
    /// if the transaction rolls back.
    /// </summary>
    /// <typeparam name="T">A message type registered on the bus (a generated <c>[Message]</c> record).</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is written.</returns>
    public Task PublishAsync<T>(T message, CancellationToken cancellationToken = default)
        where T : class =>
        PublishAsync(message, messageId: null, cancellationToken);

    /// <summary>
    /// Writes <paramref name="message"/> to the outbox under <paramref name="messageId"/> (a new id when
    /// <see langword="null"/>): consumers see that id, however often the relay publishes it.
    /// </summary>
    /// <typeparam name="T">A message type registered on the bus.</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="messageId">Its message id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is written.</returns>
    public Task PublishAsync<T>(T message, Guid? messageId, CancellationToken cancellationToken = default)
        where T : class =>
        PublishAsync(message, new PublishOptions { MessageId = messageId }, cancellationToken);

    /// <summary>
    /// Writes <paramref name="message"/> to the outbox under the message, correlation and conversation ids
    /// <paramref name="options"/> fixes (a new message id when it fixes none): consumers see those ids, however often the
    /// relay publishes it.
    /// </summary>
    /// <typeparam name="T">A message type registered on the bus.</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="options">Its ids.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is written.</returns>
    public async Task PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var stored = _codec.Create(message, options.MessageId, options.CorrelationId, options.ConversationId);
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {_messaging.Outbox} (message_id, message_type, body, correlation_id, conversation_id) VALUES ($1, $2, $3, $4, $5)",
            Connection, Transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = stored.MessageId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.MessageType });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = stored.Body });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)stored.CorrelationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)stored.ConversationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _wroteOutbox = true;
    }

    Task IConsumeOutbox.PublishAsync<T>(T message, CancellationToken cancellationToken) => PublishAsync(message, cancellationToken);

    Task IConsumeOutbox.PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken) =>
        PublishAsync(message, options, cancellationToken);

    /// <summary>Commits the transaction; the outbox relay then publishes its messages.</summary>
    /// <param name="cancellationToken">Cancels the commit (its outcome is then unknown, as with any commit).</param>
    /// <returns>A task that completes when the transaction committed.</returns>
    /// <exception cref="InvalidOperationException">No transaction is open, or it is an [Idempotent] handler's (the inbox commits it).</exception>
    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_ownedByInbox)
        {
            throw new InvalidOperationException("An [Idempotent] handler's transaction commits when the handler returns: do not commit it yourself.");
        }

        return CommitCoreAsync(cancellationToken);
    }

    /// <summary>Rolls back an open transaction (nothing is published) and closes the connection.</summary>
    /// <returns>A task that completes when the connection is closed.</returns>
    public ValueTask DisposeAsync() => EndAsync();

    /// <summary>Takes the inbox's connection and transaction for the handler's delivery.</summary>
    internal void AttachInbox(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("The consume scope's PostgresUnitOfWork already has a transaction open: an [Idempotent] handler's transaction is the inbox's, begun before the handler runs.");
        }

        _connection = connection;
        _transaction = transaction;
        _ownedByInbox = true;
    }

    internal async Task CommitCoreAsync(CancellationToken cancellationToken)
    {
        var transaction = Transaction;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var wroteOutbox = _wroteOutbox;
        await EndAsync().ConfigureAwait(false);
        if (wroteOutbox)
        {
            _messaging.SignalCommitted();
        }
    }

    internal async ValueTask EndAsync()
    {
        var transaction = _transaction;
        var connection = _connection;
        _transaction = null;
        _connection = null;
        _ownedByInbox = false;
        _wroteOutbox = false;
        if (transaction is not null)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static InvalidOperationException NotBegun() => new(
        "No transaction is open on this PostgresUnitOfWork: call BeginAsync first (in an [Idempotent] handler on the PostgreSQL inbox it is open already).");
}
