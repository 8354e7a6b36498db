using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Channels;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Tests.Bus.Infrastructure;

/// <summary>A message as it arrived in a queue: transport headers, content type and body bytes.</summary>
public sealed record CapturedMessage(IReadOnlyDictionary<string, object?> Headers, string? ContentType, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value?.ToString() : null;

    public bool IsSentinel => Headers.ContainsKey(QueueCapture.SentinelHeader);
}

/// <summary>
/// Records every message that reaches a queue (an <c>_error</c> or <c>_skipped</c> queue, typically) before MassTransit
/// processes it, then lets it be discarded. The queue's endpoint takes one message at a time, so messages are
/// captured in queue order — which is what makes the sentinel technique deterministic: send a sentinel after the
/// fact, and anything that reached the queue before it is captured before it.
/// </summary>
public sealed class QueueCapture : IFilter<ReceiveContext>
{
    public const string SentinelHeader = "Test-Sentinel";

    private readonly Channel<CapturedMessage> _messages = Channel.CreateUnbounded<CapturedMessage>();

    public QueueCapture(string queue)
    {
        Queue = queue;
    }

    public string Queue { get; }

    /// <summary>Adds the capturing endpoint to a bus.</summary>
    public void Configure(IInMemoryBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(Queue, endpoint =>
        {
            endpoint.ConcurrentMessageLimit = 1;
            endpoint.PrefetchCount = 1;
            endpoint.DiscardSkippedMessages();
            endpoint.DiscardFaultedMessages();
            endpoint.ConfigureReceive(pipe => pipe.UseFilter(this));
        });

    public async Task<CapturedMessage> NextAsync()
    {
        try
        {
            return await _messages.Reader.ReadAsync().AsTask().WaitAsync(Observations.Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Nothing reached {Queue} within {Observations.Timeout}.");
        }
    }

    /// <summary>Sends a sentinel to the queue and returns what was captured before it arrived.</summary>
    public async Task<IReadOnlyList<CapturedMessage>> DrainAsync(IBus bus)
    {
        var endpoint = await bus.GetSendEndpoint(new Uri("queue:" + Queue));
        await endpoint.Send(new Sentinel(Queue), context => context.Headers.Set(SentinelHeader, "1"));
        var before = new List<CapturedMessage>();
        while (true)
        {
            var message = await NextAsync();
            if (message.IsSentinel)
            {
                return before;
            }

            before.Add(message);
        }
    }

    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        var headers = context.TransportHeaders.GetAll().ToDictionary(h => h.Key, h => (object?)h.Value);
        _messages.Writer.TryWrite(new CapturedMessage(headers, context.ContentType?.MediaType, context.GetBody()));
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("capture");
}

/// <summary>Marks the end of what a test waits for in a queue; travels as MassTransit's JSON envelope.</summary>
public sealed record Sentinel(string Queue);
