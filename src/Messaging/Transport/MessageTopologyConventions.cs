using System;
using System.Collections.Generic;
using System.Net.Mime;
using MassTransit;
using MassTransit.Configuration;

namespace Messaging.Transport;

/// <summary>
/// Gives each registered message type its entity name, serializer and routing key when the bus first creates that
/// type's topology, instead of configuring every type up front.
/// </summary>
/// <remarks>
/// MassTransit builds a type's message and send topology on first use (the first publish, send or endpoint that
/// consumes it) and tells its observers. Configuring a type eagerly (<c>Message&lt;T&gt;</c>, <c>Send&lt;T&gt;</c>)
/// forces that work for every registered type at bus creation — about a millisecond each, so half a second for 500
/// types — whereas the observer does the same work only for the types the process actually uses, and with the same
/// result: the entity name is set before anything reads it, and the serializer before the first message is sent.
/// </remarks>
internal sealed class MessageTopologyConventions : IMessageTopologyConfigurationObserver, ISendTopologyConfigurationObserver
{
    private readonly Dictionary<Type, MessageRegistration> _messages;
    private readonly ContentType _serializer;

    public MessageTopologyConventions(Dictionary<Type, MessageRegistration> messages, ContentType serializer)
    {
        _messages = messages;
        _serializer = serializer;
    }

    /// <summary>Observes <paramref name="configurator"/>'s message and send topologies.</summary>
    public void Connect(IBusFactoryConfigurator configurator)
    {
        configurator.MessageTopology.ConnectMessageTopologyConfigurationObserver(this);
        configurator.SendTopology.ConnectSendTopologyConfigurationObserver(this);
    }

    public void MessageTopologyCreated<T>(IMessageTopologyConfigurator<T> configuration)
        where T : class
    {
        if (_messages.TryGetValue(typeof(T), out var registration))
        {
            registration.ConfigureMessageTopology(configuration);
        }
    }

    public void MessageTopologyCreated<T>(IMessageSendTopologyConfigurator<T> configuration)
        where T : class
    {
        if (_messages.TryGetValue(typeof(T), out var registration))
        {
            registration.ConfigureSendTopology(configuration, _serializer);
        }
    }
}
