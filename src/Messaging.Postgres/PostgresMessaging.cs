using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Messaging.Postgres;

/// <summary>The database, its options and the relay's wake-up signal, shared by the inbox, the units of work and the relay.</summary>
internal sealed class PostgresMessaging : IAsyncDisposable
{
    private readonly object _gate = new();
    private Task? _schema;
    private TaskCompletionSource _committed = NewSignal();

    public PostgresMessaging(PostgresOptions options)
    {
        Options = options;
        DataSource = NpgsqlDataSource.Create(options.ConnectionString);
        Inbox = $"\"{options.Schema}\".inbox";
        Outbox = $"\"{options.Schema}\".outbox";
    }

    public PostgresOptions Options { get; }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The inbox table's qualified name.</summary>
    public string Inbox { get; }

    /// <summary>The outbox table's qualified name.</summary>
    public string Outbox { get; }

    /// <summary>
    /// Creates the schema once per process when <see cref="PostgresOptions.CreateSchema"/> is on; a failed attempt
    /// (database down) is tried again by the next caller.
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (!Options.CreateSchema)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = PostgresMessagingSchema.CreateAsync(DataSource, Options.Schema, CancellationToken.None);
            }

            return _schema.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Wakes the relay: this process committed outbox rows.</summary>
    public void SignalCommitted()
    {
        lock (_gate)
        {
            _committed.TrySetResult();
        }
    }

    /// <summary>A task that completes at the next <see cref="SignalCommitted"/> (or at once, if one came since the last call).</summary>
    public Task NextCommitAsync()
    {
        lock (_gate)
        {
            if (_committed.Task.IsCompleted)
            {
                _committed = NewSignal();
                return Task.CompletedTask;
            }

            return _committed.Task;
        }
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
