using System;
using MassTransit;
using Messaging.Transport;

namespace Messaging.RabbitMq;

/// <summary>Applies the route table to RabbitMQ: exchange kinds, queue settings and bindings.</summary>
internal sealed class RabbitMqTopology
{
    public RabbitMqTopology(MessagingTopology messaging)
    {
        Messaging = messaging;
    }

    public MessagingTopology Messaging { get; }

    public void ConfigureBus(IRabbitMqBusFactoryConfigurator configurator)
    {
        Messaging.ConfigureBus(configurator);
    }

    public void ConfigureReceiveEndpoints(IRegistrationContext context, IRabbitMqBusFactoryConfigurator configurator)
    {
        Messaging.ConfigureReceiveEndpoints(context, configurator);
    }
}
