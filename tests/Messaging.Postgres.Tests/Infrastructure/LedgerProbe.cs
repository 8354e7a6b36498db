using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ledger.Contracts;

namespace Messaging.Postgres.Tests.Infrastructure;

/// <summary>What the handlers saw, and the failures and pauses a test asks of them.</summary>
public sealed class LedgerProbe : IDisposable
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private readonly ConcurrentQueue<(Guid MessageId, Guid AccountId)> _audited = new();
    private readonly ConcurrentDictionary<Guid, int> _failuresLeft = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _held = new();
    private readonly SemaphoreSlim _changed = new(0);

    /// <summary>The next <paramref name="times"/> attempts on deposits to <paramref name="accountId"/> fail after writing their effect.</summary>
    public void FailDeposits(Guid accountId, int times) => _failuresLeft[accountId] = times;

    /// <summary>Attempts on deposits to <paramref name="accountId"/> wait (after their effect) until <see cref="Release"/>.</summary>
    public void Hold(Guid accountId) => _held[accountId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(Guid accountId)
    {
        if (_held.TryRemove(accountId, out var held))
        {
            held.TrySetResult();
        }
    }

    public void Attempted(Guid messageId)
    {
        _attempts.AddOrUpdate(messageId, 1, (_, n) => n + 1);
        _changed.Release();
    }

    public bool ShouldFail(Deposit deposit)
    {
        while (_failuresLeft.TryGetValue(deposit.AccountId, out var left) && left > 0)
        {
            if (_failuresLeft.TryUpdate(deposit.AccountId, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    public Task WaitWhileHeldAsync(Deposit deposit, CancellationToken cancellationToken) =>
        _held.TryGetValue(deposit.AccountId, out var held) ? held.Task.WaitAsync(cancellationToken) : Task.CompletedTask;

    public void Audited(Guid messageId, Guid accountId)
    {
        _audited.Enqueue((messageId, accountId));
        _changed.Release();
    }

    public void Dispose() => _changed.Dispose();

    public int AttemptsOf(Guid messageId) => _attempts.TryGetValue(messageId, out var n) ? n : 0;

    public IReadOnlyList<(Guid MessageId, Guid AccountId)> AuditedFor(Guid accountId) => [.. _audited.Where(a => a.AccountId == accountId)];

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever a handler reports; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                // Re-check on every report, and at least every 50 ms for conditions on the database.
                await _changed.WaitAsync(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Not reached within {timeout.TotalSeconds} s: {describe()}");
            }
        }
    }
}
