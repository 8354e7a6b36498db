using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;

namespace Messaging.Tests.EndToEnd.Handlers;

// The services the end-to-end handlers depend on. No handler registers them: each test registers what its scenario
// needs on its own bus, as an application would.

/// <summary>A scoped service: one instance per consume scope, numbered, and disposed with its scope.</summary>
public sealed class ScopeTracker(ScopeLog log) : IDisposable
{
    private static int s_instances;

    public int Id { get; } = Interlocked.Increment(ref s_instances);

    public void Dispose() => log.Disposed(Id);
}

/// <summary>A singleton that learns when scoped trackers are disposed.</summary>
public sealed class ScopeLog
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _disposed = new();

    public void Disposed(int id) => Completion(id).TrySetResult();

    public Task WaitDisposedAsync(int id) => Completion(id).Task.WaitAsync(HandlerProbe.Timeout);

    private TaskCompletionSource Completion(int id) =>
        _disposed.GetOrAdd(id, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

public interface ITaxTable
{
    decimal RateFor(Guid checkoutId);
}

public sealed class FlatTaxTable : ITaxTable
{
    public decimal RateFor(Guid checkoutId) => 0.2m;
}

/// <summary>An optional dependency that no test registers.</summary>
public interface IDiscountPolicy
{
    decimal DiscountFor(Guid checkoutId);
}

/// <summary>Counts handler attempts per message; a singleton, so attempts survive the per-attempt consume scopes.</summary>
public sealed class AttemptLog
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();

    public int Record(Guid id) => _attempts.AddOrUpdate(id, 1, static (_, n) => n + 1);

    public int Count(Guid id) => _attempts.TryGetValue(id, out var n) ? n : 0;
}

/// <summary>The exception the rejection handler's retry policy ignores.</summary>
public sealed class ParcelRejectedException : Exception
{
    public ParcelRejectedException()
    {
    }

    public ParcelRejectedException(string message)
        : base(message)
    {
    }

    public ParcelRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Watches the partitioned ledger handler: the order each account's entries start in, whether two entries of one
/// account ever overlap, and whether different accounts overlap. The first entry of <see cref="GatedAccount"/> waits
/// until an entry of another account has started, so accounts processed one after another (not concurrently) fail
/// the test with a timeout instead of passing.
/// </summary>
public sealed class LedgerProbe
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<int>> _started = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _otherAccountStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _accountsInFlight;
    private int _completed;

    public required string GatedAccount { get; init; }

    public required int Expected { get; init; }

    public int MaxSameAccountInFlight { get; private set; }

    public int MaxAccountsInFlight { get; private set; }

    public Task AllDone => _allDone.Task;

    public IReadOnlyList<int> StartOrder(string account)
    {
        lock (_gate)
        {
            return _started.TryGetValue(account, out var order) ? [.. order] : [];
        }
    }

    public async Task ProcessAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        var account = entry.Account;
        lock (_gate)
        {
            if (!_started.TryGetValue(account, out var order))
            {
                _started[account] = order = [];
            }

            order.Add(entry.Sequence);
            var inFlight = _inFlight.GetValueOrDefault(account) + 1;
            _inFlight[account] = inFlight;
            if (inFlight == 1)
            {
                _accountsInFlight++;
            }

            MaxSameAccountInFlight = Math.Max(MaxSameAccountInFlight, inFlight);
            MaxAccountsInFlight = Math.Max(MaxAccountsInFlight, _accountsInFlight);
            if (account != GatedAccount)
            {
                _otherAccountStarted.TrySetResult();
            }
        }

        if (account == GatedAccount && entry.Sequence == 0)
        {
            await _otherAccountStarted.Task.WaitAsync(HandlerProbe.Timeout, cancellationToken);
        }

        // A little jitter, so an ordering bug shows up as a reordering rather than hiding behind lockstep timing.
        await Task.Delay(Random.Shared.Next(0, 3), cancellationToken);

        lock (_gate)
        {
            var inFlight = _inFlight[account] - 1;
            _inFlight[account] = inFlight;
            if (inFlight == 0)
            {
                _accountsInFlight--;
            }

            if (++_completed == Expected)
            {
                _allDone.TrySetResult();
            }
        }
    }
}

/// <summary>
/// Measures how many messages a handler runs at once. Each waits until <see cref="Limit"/> have been in flight
/// together once, so a handler that runs fewer at once times out, and one that runs more shows in
/// <see cref="MaxInFlight"/>.
/// </summary>
public sealed class ConcurrencyGate
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _limitReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _completed;

    public required int Limit { get; init; }

    public required int Expected { get; init; }

    public int MaxInFlight { get; private set; }

    public Task AllDone => _allDone.Task;

    public async Task ProcessAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
            if (_inFlight >= Limit)
            {
                _limitReached.TrySetResult();
            }
        }

        await _limitReached.Task.WaitAsync(HandlerProbe.Timeout, cancellationToken);

        lock (_gate)
        {
            _inFlight--;
            if (++_completed == Expected)
            {
                _allDone.TrySetResult();
            }
        }
    }
}
