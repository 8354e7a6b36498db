using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Messaging.Testing;

/// <summary>
/// What a fault test counts, by message id: what was sent, what the broker confirmed, what threw at the sender, what
/// the handlers received (distinct and duplicates) and what effects they had. Printed as one line and asserted on.
/// </summary>
/// <remarks>
/// "Lost" is a confirmed message that was never consumed: the one thing at-least-once delivery promises never happens.
/// A message whose publish threw may or may not have reached the broker (the confirm was lost, not necessarily the
/// message); it is counted, not called lost. "Double effects" are messages whose effect happened more than once —
/// what an idempotent consumer promises never happens.
/// </remarks>
public sealed class FaultCounts
{
    private readonly ConcurrentDictionary<Guid, byte> _sent = new();
    private readonly ConcurrentDictionary<Guid, byte> _confirmed = new();
    private readonly ConcurrentDictionary<Guid, byte> _threw = new();
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();
    private readonly ConcurrentDictionary<Guid, int> _effects = new();
    private int _deliveries;

    /// <summary>A message is about to be sent.</summary>
    public void Sent(Guid id) => _sent.TryAdd(id, 0);

    /// <summary>The broker confirmed the message (the publish call returned).</summary>
    public void Confirmed(Guid id) => _confirmed.TryAdd(id, 0);

    /// <summary>The publish call threw: the message may or may not have been taken.</summary>
    public void Threw(Guid id) => _threw.TryAdd(id, 0);

    /// <summary>A handler received the message (every delivery, duplicates included).</summary>
    public void Consumed(Guid id)
    {
        Interlocked.Increment(ref _deliveries);
        _consumed.AddOrUpdate(id, 1, (_, n) => n + 1);
    }

    /// <summary>The handler's effect happened (its database row was written, its side effect done).</summary>
    public void Effect(Guid id) => _effects.AddOrUpdate(id, 1, (_, n) => n + 1);

    /// <summary>Records the effects read back from where they were made (a table), replacing counted ones.</summary>
    public void SetEffects(IEnumerable<KeyValuePair<Guid, int>> effects)
    {
        _effects.Clear();
        foreach (var (id, count) in effects)
        {
            _effects[id] = count;
        }
    }

    public int SentCount => _sent.Count;

    public int ConfirmedCount => _confirmed.Count;

    public int ThrewCount => _threw.Count;

    /// <summary>Distinct messages consumed.</summary>
    public int ConsumedCount => _consumed.Count;

    /// <summary>Deliveries beyond the first of each message.</summary>
    public int Duplicates => Volatile.Read(ref _deliveries) - _consumed.Count;

    /// <summary>Distinct messages with an effect.</summary>
    public int EffectCount => _effects.Count;

    /// <summary>Messages whose effect happened more than once.</summary>
    public int DoubleEffects => _effects.Count(e => e.Value > 1);

    /// <summary>Confirmed messages never consumed.</summary>
    public int Lost => _confirmed.Keys.Count(id => !_consumed.ContainsKey(id));

    /// <summary>Confirmed messages not consumed yet (the same as <see cref="Lost"/> while a run is still draining).</summary>
    public IReadOnlyList<Guid> ConfirmedNotConsumed() => [.. _confirmed.Keys.Where(id => !_consumed.ContainsKey(id))];

    /// <summary>Whether every message counted as sent has been consumed.</summary>
    public bool AllSentConsumed() => _sent.Keys.All(_consumed.ContainsKey);

    /// <summary>One line: <c>sent=… confirmed=… threw=… consumed=… duplicates=… effects=… double-effects=… lost=…</c>.</summary>
    public override string ToString() =>
        $"sent={SentCount} confirmed={ConfirmedCount} threw={ThrewCount} consumed={ConsumedCount} duplicates={Duplicates} " +
        $"effects={EffectCount} double-effects={DoubleEffects} lost={Lost}";
}
