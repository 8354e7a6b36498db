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

    public Task PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (topology.FindRoute<T>() is null)
        {
            throw MessagePublisherErrors.NotRegistered(typeof(T));
        }

        if (options.MessageId is null && options.CorrelationId is null && options.ConversationId is null)
        {
            return bus.Publish(message, cancellationToken);
        }

        // The serializer writes the context's ids after this pipe has run (MessagePackHeaders.Write), so what is set here
        // is what the consumer reads.
        return bus.Publish(message, Pipe.Execute<PublishContext<T>>(context =>
        {
            if (options.MessageId is { } messageId)
            {
                context.MessageId = messageId;
            }

            if (options.CorrelationId is { } correlationId)
            {
                context.CorrelationId = correlationId;
            }

            if (options.ConversationId is { } conversationId)
            {
                context.ConversationId = conversationId;
            }
        }), cancellationToken);
    }
}

/// <summary>The errors every <see cref="IMessagePublisher"/> reports alike.</summary>
internal static class MessagePublisherErrors
{
    public static ArgumentException NotRegistered(Type messageType) => new(
        $"{TypeDisplay.Name(messageType)} is not a message registered on the bus: IMessagePublisher publishes [Message] types only. " +
        "Mark it [Message] in an assembly whose generated AddXxx() is called in AddMessaging(...), or publish it with IBus.Publish.");
}
