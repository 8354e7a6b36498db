using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Tests.Bus.Infrastructure;

/// <summary>What a handler saw: the message and the metadata MassTransit gave it.</summary>
public sealed record Observation(
    string Handler,
    object Message,
    string? ContentType,
    Guid? MessageId,
    Guid? CorrelationId,
    Guid? ConversationId,
    DateTime? SentTime,
    string? RoutingKey)
{
    public static Observation Of<T>(string handler, ConsumeContext<T> context)
        where T : class =>
        new(
            handler,
            context.Message,
            context.ReceiveContext.ContentType?.MediaType,
            context.MessageId,
            context.CorrelationId,
            context.ConversationId,
            context.SentTime,
            (context.ReceiveContext as RoutingKeyConsumeContext)?.RoutingKey);
}

/// <summary>
/// A singleton the test handlers report to; tests wait on it instead of sleeping. One per bus, so tests running in
/// parallel never see each other's messages.
/// </summary>
public sealed class Observations
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly List<Observation> _observations = [];
    private readonly List<(Func<Observation, bool> Match, int Count, TaskCompletionSource<IReadOnlyList<Observation>> Done)> _waiters = [];

    public void Add(Observation observation)
    {
        lock (_gate)
        {
            _observations.Add(observation);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                var matches = _observations.Where(waiter.Match).ToList();
                if (matches.Count >= waiter.Count)
                {
                    _waiters.RemoveAt(i);
                    waiter.Done.TrySetResult(matches);
                }
            }
        }
    }

    public void Add<T>(string handler, ConsumeContext<T> context)
        where T : class => Add(Observation.Of(handler, context));

    public IReadOnlyList<Observation> Snapshot()
    {
        lock (_gate)
        {
            return [.. _observations];
        }
    }

    /// <summary>Waits until <paramref name="count"/> observations of <paramref name="handler"/> match.</summary>
    public async Task<IReadOnlyList<Observation>> WaitAsync(string handler, int count = 1, Func<Observation, bool>? match = null)
    {
        bool Matches(Observation o) => o.Handler == handler && (match is null || match(o));

        TaskCompletionSource<IReadOnlyList<Observation>> done;
        lock (_gate)
        {
            var matches = _observations.Where(Matches).ToList();
            if (matches.Count >= count)
            {
                return matches;
            }

            done = new TaskCompletionSource<IReadOnlyList<Observation>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Matches, count, done));
        }

        try
        {
            return await done.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            var seen = string.Join(Environment.NewLine, Snapshot().Select(o => $"  {o.Handler}: {o.Message}"));
            throw new TimeoutException($"{handler} did not observe {count} matching messages within {Timeout}. Observed:{Environment.NewLine}{seen}");
        }
    }

    public async Task<Observation> WaitOneAsync(string handler, Func<Observation, bool>? match = null) =>
        (await WaitAsync(handler, 1, match))[0];
}
