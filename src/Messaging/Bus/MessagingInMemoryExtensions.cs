using System;
using System.Collections.Generic;
using MassTransit;
using Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging;

/// <summary>Runs the registered handlers on MassTransit's in-memory transport.</summary>
public static class MessagingInMemoryExtensions
{
    /// <summary>
    /// Adds a MassTransit bus on the in-memory transport (the default, embedded transport: no broker, nothing
    /// survives the process) with every message and handler registered on <paramref name="builder"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each handler queue becomes a receive endpoint holding all its consumers, with the largest prefetch count and
    /// concurrency limit its handlers ask for (each handler is also limited to its own). <c>[Retry]</c> becomes a
    /// message retry policy on the handler's consumer; after the last retry the message goes to the queue's
    /// <c>_error</c> queue.
    /// </para>
    /// <para>
    /// A queue whose handlers consume a message with a <c>[PartitionKey]</c> is processed in partitions: the queue's
    /// endpoint takes one message at a time and forwards it, keeping its body and headers, to the partition queue
    /// <c>{queue}.partition-{n}</c> chosen by a stable hash of the key; each partition runs its handlers one message at
    /// a time. Messages with the same key are therefore handled in the order the queue received them — retries
    /// included — while different keys run in parallel. There are as many partitions as the queue's concurrency limit
    /// (8 when none is set); a handler that keeps failing ends in its partition's <c>_error</c> queue.
    /// </para>
    /// <para>
    /// A handler's routing-key binding (<c>eu.*</c>) is applied by a filter, matching topic patterns as AMQP does:
    /// the in-memory transport delivers every published message of a type to every queue consuming it, so a published
    /// message whose key does not match is dropped as if it had never been delivered — not handled, not moved to
    /// <c>_skipped</c>. As on a broker, bindings apply to published messages only: a message sent to the queue
    /// (<c>Send</c>, by the endpoint convention or to <c>queue:name</c>) reaches it whatever its key.
    /// </para>
    /// <para>
    /// Registered message types are sent and published as raw <c>application/msgpack</c> with their generated
    /// formatters, their metadata in transport headers; MassTransit's JSON envelope remains the default for every
    /// other type (faults included) and is still read on receive, as is <c>application/x-msgpack</c>. A command
    /// consumed in one queue of the registering assembly is mapped in MassTransit's endpoint convention, so
    /// <c>ISendEndpointProvider.Send(command)</c> and <c>ConsumeContext.Send(command)</c> need no address; the
    /// convention is process-wide, and an address the application mapped itself is left alone.
    /// </para>
    /// <para>
    /// By default a queue's endpoints start when the first message that can reach the queue is published or sent
    /// (<see cref="InMemoryEndpointStart.OnFirstMessage"/>): the bus starts in constant time however many handlers
    /// it has, and the first message to each queue waits about 10 ms while the queue is bound and its endpoint built.
    /// Pass <see cref="InMemoryEndpointStart.WithBus"/> to start them all with the bus instead. Likewise each message
    /// type's entity name, serializer and routing key are applied when the bus first uses the type.
    /// </para>
    /// <para>Usage telemetry to masstransit.io is turned off. The bus starts with the host (<c>IHostedService</c>).</para>
    /// </remarks>
    /// <param name="builder">The builder with the generated registrations.</param>
    /// <param name="configure">
    /// Further bus configuration, applied after the serializers and message topology and before the handler
    /// endpoints: bus-wide filters, observers, extra receive endpoints.
    /// </param>
    /// <param name="endpointStart">When the handler queues' receive endpoints start.</param>
    /// <returns>The builder.</returns>
    /// <example><code>services.AddMessaging(bus => bus.AddShopBilling()).UseInMemory();</code></example>
    public static MessagingBuilder UseInMemory(this MessagingBuilder builder, Action<IInMemoryBusFactoryConfigurator>? configure = null,
        InMemoryEndpointStart endpointStart = InMemoryEndpointStart.OnFirstMessage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var topology = builder.BuildTopology();
        var requirements = builder.BuildServiceRequirements();
        builder.Services.AddSingleton<IMessagePublisher>(provider => new BusMessagePublisher(provider.GetRequiredService<IBus>(), topology));
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            topology.AddConsumers(bus);
            bus.UsingInMemory((context, transport) =>
            {
                requirements.Verify(context);
                MapNonAsciiSendConventions(topology);
                topology.ConfigureBus(transport);
                configure?.Invoke(transport);
                if (endpointStart == InMemoryEndpointStart.WithBus)
                {
                    foreach (var queue in topology.Queues)
                    {
                        topology.ConfigureQueue(queue, context, (name, configureEndpoint) => transport.ReceiveEndpoint(InMemoryNames.QueueName(name), configureEndpoint));
                    }

                    return;
                }

                ConfigureOnDemandEndpoints(topology, context, transport);
            });
        });
        return builder;
    }

    // A command's send convention is queue:{queue}; for a queue named outside ASCII, the address the in-memory transport
    // resolves to the endpoint's encoded name (see InMemoryNames), mapped before the shared convention, which then
    // leaves it alone.
    private static void MapNonAsciiSendConventions(MessagingTopology topology)
    {
        foreach (var message in topology.Messages)
        {
            if (message.SendQueue is { } queue && !InMemoryNames.IsAscii(queue))
            {
                message.MapSendConvention(InMemoryNames.QueueAddress(queue));
            }
        }
    }

    private static void ConfigureOnDemandEndpoints(MessagingTopology topology, IBusRegistrationContext context, IInMemoryBusFactoryConfigurator transport)
    {
        var onDemand = new List<QueuePlan>();
        foreach (var queue in topology.Queues)
        {
            if (OnDemandEndpoints.CanStartOnDemand(topology, queue))
            {
                onDemand.Add(queue);
            }
            else
            {
                topology.ConfigureQueue(queue, context, (name, configureEndpoint) => transport.ReceiveEndpoint(InMemoryNames.QueueName(name), configureEndpoint));
            }
        }

        if (onDemand.Count == 0)
        {
            return;
        }

        // Resolved on first use: the connector is the bus being built here.
        IReceiveEndpointConnector? connector = null;
        new OnDemandEndpoints(topology, onDemand, queue =>
        {
            connector ??= context.GetRequiredService<IReceiveEndpointConnector>();
            topology.ConfigureQueue(queue, context,
                (name, configureEndpoint) => connector.ConnectReceiveEndpoint(InMemoryNames.QueueName(name), (_, endpoint) => configureEndpoint(endpoint)));
        }).Connect(transport);
    }

}
