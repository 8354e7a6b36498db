using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.RabbitMq.Tests.Infrastructure;

/// <summary>One call of a handler: which bus ran it, from which queue, the message, its content type, routing key and transport headers.</summary>
public sealed record HandlerCall(string Handler, string Bus, string Queue, object Message, string? ContentType, string? RoutingKey, IReadOnlyDictionary<string, object?> Headers)
{
    /// <summary>The message's metadata as the handler's <c>ConsumeContext</c> exposed it.</summary>
    public CallMetadata Metadata { get; init; } = CallMetadata.None;

    /// <summary>When the handler reported the call.</summary>
    public DateTime At { get; init; } = DateTime.UtcNow;
}

/// <summary>What a handler's <c>ConsumeContext</c> said about the message.</summary>
public sealed record CallMetadata(Guid? MessageId, Guid? CorrelationId, Guid? ConversationId, DateTime? SentTime, Uri? DestinationAddress)
{
    public static readonly CallMetadata None = new(null, null, null, null, null);

    public static CallMetadata Of(ConsumeContext context) =>
        new(context.MessageId, context.CorrelationId, context.ConversationId, context.SentTime, context.DestinationAddress);
}

/// <summary>
/// What the handlers of one test saw, shared by the buses of the test (a singleton registered in each). Tests wait on
/// it with a generous timeout instead of sleeping.
/// </summary>
public sealed class HandlerProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly List<HandlerCall> _calls = [];
    private readonly Dictionary<Guid, int> _attempts = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Report(string handler, object message, ConsumeContext? context = null, BusTag? bus = null)
    {
        // The transport lists some headers twice (an AMQP property and a header of the same name): the last one wins.
        var headers = new Dictionary<string, object?>();
        foreach (var header in context?.ReceiveContext.TransportHeaders.GetAll() ?? [])
        {
            headers[header.Key] = header.Value;
        }

        var routingKey = context?.ReceiveContext.TransportHeaders.Get<string>("RabbitMQ-RoutingKey");
        lock (_gate)
        {
            _calls.Add(new HandlerCall(handler, bus?.Name ?? string.Empty, context?.ReceiveContext.InputAddress?.AbsolutePath.Split('/')[^1] ?? string.Empty, message, context?.ReceiveContext.ContentType?.MediaType, routingKey, headers)
            {
                Metadata = context is null ? CallMetadata.None : CallMetadata.Of(context),
            });
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Counts an attempt at <paramref name="id"/> and returns its number (1 for the first).</summary>
    public int Attempt(Guid id)
    {
        lock (_gate)
        {
            _attempts[id] = _attempts.GetValueOrDefault(id) + 1;
            return _attempts[id];
        }
    }

    public int Attempts(Guid id)
    {
        lock (_gate)
        {
            return _attempts.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<HandlerCall> Calls(string handler)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.Handler == handler)];
        }
    }

    /// <summary>Waits until <paramref name="handler"/> made <paramref name="count"/> calls matching <paramref name="match"/>.</summary>
    public async Task<IReadOnlyList<HandlerCall>> WaitAsync(string handler, int count = 1, Func<HandlerCall, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var matches = _calls.Where(c => c.Handler == handler && (match is null || match(c))).ToList();
                if (matches.Count >= count)
                {
                    return matches;
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(changed, Task.Delay(left)) != changed)
            {
                lock (_gate)
                {
                    var seen = string.Join(Environment.NewLine, _calls.Select(c => $"  {c.Handler}: {c.Message}"));
                    throw new TimeoutException($"{handler} did not make {count} matching calls within {Timeout}. Calls so far:{Environment.NewLine}{seen}");
                }
            }
        }
    }

    public async Task<HandlerCall> WaitOneAsync(string handler, Func<HandlerCall, bool>? match = null) => (await WaitAsync(handler, 1, match))[0];
}

/// <summary>Names a test bus, so a test with two instances can tell which one handled a message.</summary>
public sealed record BusTag(string Name);
