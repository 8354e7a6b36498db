using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;

namespace Messaging.Tests.Bus.Handlers;

/// <summary>
/// Watches the partitioned handler: the order each key's messages start in, whether two messages with one key ever
/// overlap, and whether different keys overlap. The first message of <see cref="GatedKey"/> waits until a message
/// with another key has started, so keys that were processed one after another (not concurrently) deadlock the test
/// into a timeout instead of passing.
/// </summary>
public sealed class PartitionProbe
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<int>> _started = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _otherKeyStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _keysInFlight;
    private int _completed;

    public string GatedKey { get; set; } = "alice";

    public int Expected { get; set; }

    public int MaxSameKeyInFlight { get; private set; }

    public int MaxKeysInFlight { get; private set; }

    public Task AllDone => _allDone.Task;

    public IReadOnlyDictionary<string, List<int>> StartOrder => _started;

    public async Task ProcessAsync(CustomerActivity activity, CancellationToken cancellationToken)
    {
        var key = activity.CustomerId;
        lock (_gate)
        {
            if (!_started.TryGetValue(key, out var order))
            {
                _started[key] = order = [];
            }

            order.Add(activity.Sequence);
            var inFlight = _inFlight.GetValueOrDefault(key) + 1;
            _inFlight[key] = inFlight;
            if (inFlight == 1)
            {
                _keysInFlight++;
            }

            MaxSameKeyInFlight = Math.Max(MaxSameKeyInFlight, inFlight);
            MaxKeysInFlight = Math.Max(MaxKeysInFlight, _keysInFlight);
            if (key != GatedKey)
            {
                _otherKeyStarted.TrySetResult();
            }
        }

        if (key == GatedKey && activity.Sequence == 0)
        {
            await _otherKeyStarted.Task.WaitAsync(Observations.Timeout, cancellationToken);
        }

        await Task.Delay(Random.Shared.Next(0, 4), cancellationToken);

        lock (_gate)
        {
            var inFlight = _inFlight[key] - 1;
            _inFlight[key] = inFlight;
            if (inFlight == 0)
            {
                _keysInFlight--;
            }

            if (++_completed == Expected)
            {
                _allDone.TrySetResult();
            }
        }
    }
}

/// <summary>
/// Measures how many ticks run at once. Each tick waits until <see cref="Limit"/> ticks have been in flight
/// together once, so fewer than the limit times out; more than the limit shows up in <see cref="MaxInFlight"/>.
/// </summary>
public sealed class ConcurrencyProbe
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _limitReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _completed;

    public int Limit { get; set; } = 3;

    public int Expected { get; set; }

    public int MaxInFlight { get; private set; }

    public Task AllDone => _allDone.Task;

    public async Task ProcessAsync(Tick tick)
    {
        lock (_gate)
        {
            MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
            if (_inFlight >= Limit)
            {
                _limitReached.TrySetResult();
            }
        }

        await _limitReached.Task.WaitAsync(Observations.Timeout);

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
