using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging;

/// <summary>
/// The default <see cref="IInboxStore"/>: the ids of messages each queue handled in this process, remembered for
/// <see cref="InMemoryInboxOptions.Retention"/> and up to <see cref="InMemoryInboxOptions.Capacity"/> ids.
/// </summary>
/// <remarks>
/// It absorbs the duplicates one process sees — redeliveries after a lost acknowledgement or a broker restart, a publish
/// retried under the same id — but not those that reach another process or arrive after a restart of this one, after
/// the retention, or once the capacity pushed the id out. Use the PostgreSQL inbox where that matters.
/// </remarks>
public sealed class InMemoryInboxStore : IInboxStore
{
    private readonly ConcurrentDictionary<(string Queue, Guid MessageId), Entry> _entries = new();
    private readonly ConcurrentQueue<((string Queue, Guid MessageId) Key, Entry Entry)> _handled = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _retention;
    private readonly int _capacity;
    private int _handledCount;

    /// <summary>Creates a store with the default options.</summary>
    public InMemoryInboxStore()
        : this(new InMemoryInboxOptions(), TimeProvider.System)
    {
    }

    /// <summary>Creates a store with <paramref name="options"/>, reading the time from <paramref name="time"/>.</summary>
    public InMemoryInboxStore(InMemoryInboxOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _retention = options.Retention;
        _capacity = options.Capacity;
        _time = time;
    }

    /// <summary>How many handled ids the store remembers now.</summary>
    public int Count => Volatile.Read(ref _handledCount);

    /// <inheritdoc/>
    public async ValueTask<IInboxClaim?> TryClaimAsync(string queue, Guid messageId, ConsumeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var key = (queue, messageId);
        while (true)
        {
            var claim = new Entry();
            var existing = _entries.GetOrAdd(key, claim);
            if (ReferenceEquals(existing, claim))
            {
                return new Claim(this, key, claim);
            }

            if (existing.HandledAt is { } handledAt)
            {
                if (_time.GetUtcNow().UtcTicks - handledAt < _retention.Ticks)
                {
                    return null;
                }

                // Expired: forget it and claim afresh.
                _entries.TryRemove(new(key, existing));
                continue;
            }

            // Another delivery of the message is being handled: wait for its outcome, then look again.
            await existing.Outcome.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Handled((string, Guid) key, Entry entry)
    {
        entry.HandledAt = _time.GetUtcNow().UtcTicks;
        entry.Outcome.TrySetResult();
        _handled.Enqueue((key, entry));
        Interlocked.Increment(ref _handledCount);
        Trim();
    }

    private void Released((string, Guid) key, Entry entry)
    {
        _entries.TryRemove(new(key, entry));
        entry.Outcome.TrySetResult();
    }

    // Forgets the oldest ids past the capacity or the retention (ids are queued in the order they were handled).
    private void Trim()
    {
        var now = _time.GetUtcNow().UtcTicks;
        while (_handled.TryPeek(out var oldest)
            && (Volatile.Read(ref _handledCount) > _capacity || now - oldest.Entry.HandledAt >= _retention.Ticks))
        {
            if (_handled.TryDequeue(out oldest))
            {
                Interlocked.Decrement(ref _handledCount);
                _entries.TryRemove(new(oldest.Key, oldest.Entry));
            }
        }
    }

    private sealed class Entry
    {
        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private long _handledAt;

        // UTC ticks when handled, or null while a delivery holds the claim; read by other threads without a lock.
        public long? HandledAt
        {
            get => Volatile.Read(ref _handledAt) is var ticks and not 0 ? ticks : null;
            set => Volatile.Write(ref _handledAt, value ?? 0);
        }
    }

    private sealed class Claim(InMemoryInboxStore store, (string, Guid) key, Entry entry) : IInboxClaim
    {
        private bool _completed;

        public ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            if (!_completed)
            {
                _completed = true;
                store.Handled(key, entry);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                _completed = true;
                store.Released(key, entry);
            }

            return ValueTask.CompletedTask;
        }
    }
}
