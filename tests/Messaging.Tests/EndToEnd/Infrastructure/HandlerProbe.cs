using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Tests.EndToEnd.Infrastructure;

/// <summary>One call of a handler: the message, how it was delivered, and whatever else the handler reported.</summary>
public sealed record HandlerCall(string Handler, object Message, Delivery? Delivery, object? Detail)
{
    public TDetail DetailAs<TDetail>() => (TDetail)Detail!;
}

/// <summary>What the consume context said about a message, read while the handler ran.</summary>
public sealed record Delivery(
    Guid? MessageId,
    Guid? ConversationId,
    Guid? InitiatorId,
    Guid? RequestId,
    string? ContentType,
    string? MessageTypeHeader,
    IReadOnlyDictionary<string, object?> Headers,
    byte[] Body)
{
    /// <summary>The correlation id the consume context gave.</summary>
    public Guid? CorrelationId { get; init; }

    public static Delivery Of(ConsumeContext context) => new(
        context.MessageId,
        context.ConversationId,
        context.InitiatorId,
        context.RequestId,
        context.ReceiveContext.ContentType?.MediaType,
        context.ReceiveContext.TransportHeaders.Get<string>(MessageHeaders.MessageType),
        context.ReceiveContext.TransportHeaders.GetAll().ToDictionary(h => h.Key, h => (object?)h.Value),
        context.ReceiveContext.GetBody())
    {
        CorrelationId = context.CorrelationId,
    };
}

/// <summary>
/// The singleton every end-to-end handler reports to, registered by each test's bus, so tests running in parallel
/// never see each other's calls. Tests wait on it with a generous timeout instead of sleeping.
/// </summary>
public sealed class HandlerProbe
{
    /// <summary>How long a test waits for something that should happen; failing tests take this long.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly List<HandlerCall> _calls = [];
    private readonly List<Waiter> _waiters = [];

    public void Report(string handler, object message, ConsumeContext? context = null, object? detail = null)
    {
        lock (_gate)
        {
            _calls.Add(new HandlerCall(handler, message, context is null ? null : Delivery.Of(context), detail));
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                var matches = _calls.Where(waiter.Matches).ToList();
                if (matches.Count >= waiter.Count)
                {
                    _waiters.RemoveAt(i);
                    waiter.Done.TrySetResult(matches);
                }
            }
        }
    }

    /// <summary>Every call of <paramref name="handler"/> so far.</summary>
    public IReadOnlyList<HandlerCall> Calls(string handler)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.Handler == handler)];
        }
    }

    /// <summary>Waits until <paramref name="handler"/> has made <paramref name="count"/> calls that match.</summary>
    public async Task<IReadOnlyList<HandlerCall>> WaitAsync(string handler, int count = 1, Func<HandlerCall, bool>? match = null)
    {
        var waiter = new Waiter(c => c.Handler == handler && (match is null || match(c)), count);
        lock (_gate)
        {
            var matches = _calls.Where(waiter.Matches).ToList();
            if (matches.Count >= count)
            {
                return matches;
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Done.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            string seen;
            lock (_gate)
            {
                seen = string.Join(Environment.NewLine, _calls.Select(c => $"  {c.Handler}: {c.Message}"));
            }

            throw new TimeoutException($"{handler} did not make {count} matching calls within {Timeout}. Calls so far:{Environment.NewLine}{seen}");
        }
    }

    public async Task<HandlerCall> WaitOneAsync(string handler, Func<HandlerCall, bool>? match = null) =>
        (await WaitAsync(handler, 1, match))[0];

    private sealed class Waiter(Func<HandlerCall, bool> matches, int count)
    {
        public Func<HandlerCall, bool> Matches { get; } = matches;

        public int Count { get; } = count;

        public TaskCompletionSource<IReadOnlyList<HandlerCall>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
