using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using MassTransit;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>Receives what reaches a handler queue's <c>_error</c> queue on the in-memory bus, and remembers the message ids.</summary>
public sealed class ErrorCapture<T>(string queue)
    where T : class
{
    private readonly ConcurrentDictionary<Guid, byte> _ids = new();

    public string Queue { get; } = queue + "_error";

    public int Count => _ids.Count;

    public IReadOnlyCollection<Guid> Ids => [.. _ids.Keys];

    public void Configure(IInMemoryBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(Queue, endpoint =>
        {
            // Only what the handler queue moves here: not bound to the message type's published messages.
            endpoint.ConfigureConsumeTopology = false;
            endpoint.Handler<T>(context =>
            {
                _ids.TryAdd(context.MessageId ?? Guid.Empty, 0);
                return System.Threading.Tasks.Task.CompletedTask;
            });
        });
}
