using System;
using System.Collections.Generic;
using System.Net.Mime;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Configuration;
using Messaging.Serialization;
using Messaging.Transport;

namespace Messaging;

/// <summary>A registered message type; the generic subclass holds what needs its type argument.</summary>
internal abstract class MessageRegistration
{
    public abstract Type MessageType { get; }

    public abstract string EntityName { get; }

    public abstract string MessageUrn { get; }

    public abstract IReadOnlyList<QueueBinding> ConsumerQueues { get; }

    /// <summary>The queue <c>Send</c> without an address delivers to, or <see langword="null"/> for none.</summary>
    public abstract string? SendQueue { get; }

    /// <summary>Creates the codec that reads and writes the type with its generated formatter.</summary>
    /// <exception cref="InvalidOperationException">No formatter is registered for the type.</exception>
    public abstract MessageCodec CreateCodec();

    /// <summary>
    /// Configures the type's entity name (exchange or topic name) when the bus first creates the type's topology.
    /// <typeparamref name="T"/> is this registration's type.
    /// </summary>
    public abstract void ConfigureMessageTopology<T>(IMessageTopologyConfigurator<T> configurator)
        where T : class;

    /// <summary>
    /// Configures how the type is sent when the bus first creates its send topology: the MessagePack serializer for
    /// everything sent or published as the type, and its routing key. <typeparamref name="T"/> is this registration's type.
    /// </summary>
    public abstract void ConfigureSendTopology<T>(IMessageSendTopologyConfigurator<T> configurator, ContentType serializer)
        where T : class;

    /// <summary>Maps MassTransit's endpoint convention for the type to <see cref="SendQueue"/>, unless already mapped.</summary>
    public abstract void MapSendConvention();

    /// <summary>Maps MassTransit's endpoint convention for the type to <paramref name="address"/>, unless another address is mapped.</summary>
    public abstract void MapSendConvention(Uri address);

    /// <summary>Publishes a stored (outbox) message of this type with <paramref name="publisher"/>, under its stored ids.</summary>
    public abstract Task PublishStoredAsync(IMessagePublisher publisher, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="visitor"/> with the type argument, so a transport configures the type without building types at run time.</summary>
    public abstract void Accept(IMessageRegistrationVisitor visitor);
}

/// <summary>Receives a <see cref="MessageRegistration"/> with its type argument.</summary>
internal interface IMessageRegistrationVisitor
{
    void Visit<T>(MessageRegistration<T> registration)
        where T : class;
}

/// <summary>A registered message type <typeparamref name="T"/> and its route.</summary>
internal sealed class MessageRegistration<T> : MessageRegistration
    where T : class
{
    private readonly List<QueueBinding> _consumers;
    private string? _sendQueue;
    private bool _sendQueueAmbiguous;

    public MessageRegistration(MessageRoute<T> route)
    {
        Route = route;
        _consumers = [.. route.Consumers];
        _sendQueue = route.SendQueue;
    }

    public MessageRoute<T> Route { get; }

    public override IReadOnlyList<QueueBinding> ConsumerQueues => _consumers;

    public override Type MessageType => typeof(T);

    public override string EntityName => Route.EntityName;

    public override string MessageUrn => Route.MessageUrn;

    public override string? SendQueue => _sendQueueAmbiguous ? null : _sendQueue;

    /// <summary>
    /// Merges the route another assembly registered for the same type: its consuming queues are added; when the two
    /// name different send queues, <c>Send</c> without an address has no single destination and gets none.
    /// </summary>
    public void Merge(MessageRoute<T> route)
    {
        foreach (var binding in route.Consumers)
        {
            if (!_consumers.Contains(binding))
            {
                _consumers.Add(binding);
            }
        }

        if (route.SendQueue is { } sendQueue)
        {
            if (_sendQueue is null)
            {
                _sendQueue = sendQueue;
            }
            else if (!string.Equals(_sendQueue, sendQueue, StringComparison.Ordinal))
            {
                _sendQueueAmbiguous = true;
            }
        }
    }

    public override void Accept(IMessageRegistrationVisitor visitor) => visitor.Visit(this);

    public override Task PublishStoredAsync(IMessagePublisher publisher, OutboxMessage message, CancellationToken cancellationToken)
    {
        T value;
        try
        {
            value = WireSerializer.Deserialize<T>(message.Body);
        }
        catch (WireSerializationException exception)
        {
            throw new UnpublishableMessageException($"Outbox message {message.MessageId} ({message.MessageType}) does not deserialize: {exception.Message}", exception);
        }

        // A message that starts a conversation is named by its own id, on every transport.
        return publisher.PublishAsync(value, new PublishOptions
        {
            MessageId = message.MessageId,
            CorrelationId = message.CorrelationId,
            ConversationId = message.ConversationId ?? message.MessageId,
        }, cancellationToken);
    }

    public override MessageCodec CreateCodec() =>
        new MessageCodec<T>(Route.MessageUrn, WireFormatters.Get<T>(), isRouted: RoutingHeaders.BindingKeyOf(Route) is not null);

    public override void ConfigureMessageTopology<TMessage>(IMessageTopologyConfigurator<TMessage> configurator) =>
        ((IMessageTopologyConfigurator<T>)configurator).SetEntityName(Route.EntityName);

    public override void ConfigureSendTopology<TMessage>(IMessageSendTopologyConfigurator<TMessage> configurator, ContentType serializer)
    {
        var send = (IMessageSendTopologyConfigurator<T>)configurator;
        send.UseSerializer(serializer);
        if (RoutingHeaders.BrokerRoutingKeyOf(Route) is { } routingKey)
        {
            // Brokers route by it; the in-memory transport carries it (RoutingKeyConsumeContext) but binds fanout.
            send.UseRoutingKeyFormatter(context => routingKey(context.Message));
        }

        if (Route.RoutingHeaders.Count > 0)
        {
            send.Add(new RoutingHeadersTopology<T>(Route.RoutingHeaders));
        }
    }

    public override void MapSendConvention()
    {
        if (SendQueue is not { } queue)
        {
            return;
        }

        // EndpointConvention is process-global and frozen once read. Map only when nothing is mapped yet or the same
        // address is: an address the application mapped itself wins, and every bus in the process (tests start many)
        // maps a type to the same "queue:name" short address, which each transport resolves to its own queue.
        MapSendConvention(new Uri("queue:" + queue));
    }

    public override void MapSendConvention(Uri address)
    {
        if (EndpointConvention.TryGetDestinationAddress<T>(out var existing) && existing != address)
        {
            return;
        }

        EndpointConvention.Map<T>(address);
    }
}
