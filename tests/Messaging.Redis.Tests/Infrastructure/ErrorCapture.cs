using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>
/// Receives what reaches a handler queue's <c>_error</c> queue on the in-memory bus, remembers the message ids (read
/// from the transport, before any deserialization) and discards the messages.
/// </summary>
public sealed class ErrorCapture(string queue) : IFilter<ReceiveContext>
{
    private readonly ConcurrentDictionary<Guid, byte> _ids = new();

    public string Queue { get; } = queue + "_error";

    public int Count => _ids.Count;

    public IReadOnlyCollection<Guid> Ids => [.. _ids.Keys];

    public void Configure(IInMemoryBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(Queue, endpoint =>
        {
            endpoint.DiscardSkippedMessages();
            endpoint.ConfigureReceive(pipe => pipe.UseFilter(this));
        });

    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        _ids.TryAdd(context.GetMessageId() ?? Guid.Empty, 0);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("error-capture");
}
