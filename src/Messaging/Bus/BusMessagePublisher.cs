using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Transport;

namespace Messaging;

/// <summary><see cref="IMessagePublisher"/> on a transport without a direct path: <c>IBus.Publish</c>.</summary>
internal sealed class BusMessagePublisher(IBus bus, MessagingTopology topology) : IMessagePublisher
{
    public Task PublishAsync<T>(T message, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        if (topology.FindRoute<T>() is null)
        {
            throw MessagePublisherErrors.NotRegistered(typeof(T));
        }

        return bus.Publish(message, cancellationToken);
    }
}

/// <summary>The errors every <see cref="IMessagePublisher"/> reports alike.</summary>
internal static class MessagePublisherErrors
{
    public static ArgumentException NotRegistered(Type messageType) => new(
        $"{TypeDisplay.Name(messageType)} is not a message registered on the bus: IMessagePublisher publishes [Message] types only. " +
        "Mark it [Message] in an assembly whose generated AddXxx() is called in AddMessaging(...), or publish it with IBus.Publish.");
}
