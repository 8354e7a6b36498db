using System;
using System.Collections.Generic;
using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using MassTransit.RabbitMqTransport.Topology;
using Messaging.Transport;

namespace Messaging.RabbitMq;

/// <summary>
/// Applies the route table to RabbitMQ. Each message type is an exchange named after its entity name — fanout, or topic
/// when it has a <c>[RoutingKey]</c> (whose value is the routing key of every publish). Each handler queue is a durable
/// (or quorum) queue bound directly to the exchanges of the messages its handlers consume, one binding per distinct
/// pattern (MassTransit's exchange of the queue's name stays in front of it, for sends), with
/// its message TTL and a dead-letter exchange and queue <c>{queue}_dead-letter</c>; faults go to <c>{queue}_error</c>.
/// A queue whose messages have a <c>[PartitionKey]</c> becomes a consistent-hash exchange of that name over its partition
/// queues <c>{queue}.partition-{n}</c>.
/// </summary>
/// <remarks>
/// The message bindings are declared here rather than by MassTransit's consume topology, which would bind every
/// consumed type with a catch-all key: the broker then filters by the handlers' patterns. The per-consumer
/// routing-key filter stays, because two handlers on one queue may bind different patterns of the same message, and
/// the broker routes to queues, not to handlers.
/// </remarks>
internal sealed class RabbitMqTopology
{
    /// <summary>The header the consistent-hash exchange of a partitioned queue hashes: the message's partition key.</summary>
    public const string PartitionKeyHeader = "Messaging-PartitionKey";

    /// <summary>The exchange type of RabbitMQ's consistent-hash exchange plugin.</summary>
    public const string ConsistentHashExchangeType = "x-consistent-hash";

    /// <summary>The consistent-hash exchange's argument naming the header it hashes.</summary>
    private const string HashHeaderArgument = "hash-header";

    /// <summary>The binding key of a partition to its consistent-hash exchange: its weight, the same for all.</summary>
    private const string PartitionWeight = "1";

    /// <summary>The suffix of the queue (and exchange) that receives a queue's expired and rejected messages.</summary>
    public const string DeadLetterSuffix = "_dead-letter";

    private readonly int _maxDeliveries;
    private readonly Uri? _hostAddress;

    /// <param name="messaging">The registrations.</param>
    /// <param name="maxDeliveries">A quorum queue's delivery limit; 0 for none.</param>
    /// <param name="hostAddress">The bus's host address, for the send conventions of queues named outside ASCII.</param>
    public RabbitMqTopology(MessagingTopology messaging, int maxDeliveries = 0, Uri? hostAddress = null)
    {
        Messaging = messaging;
        _maxDeliveries = maxDeliveries;
        _hostAddress = hostAddress;
    }

    public MessagingTopology Messaging { get; }

    /// <summary>The exchange type of a message: fanout, or topic when it has a routing key.</summary>
    public static string ExchangeTypeOf<T>(MessageRoute<T> route)
        where T : class =>
        route.ExchangeKind switch
        {
            ExchangeKind.Headers when route.RoutingHeaders.Count > 0 => "headers",
            ExchangeKind.Direct when route.RoutingKey is not null => "direct",
            ExchangeKind.Topic when route.RoutingKey is not null => "topic",
            _ => "fanout",
        };

    public void ConfigureBus(IRabbitMqBusFactoryConfigurator configurator, MessageSizeLimit? sizeLimit = null)
    {
        var partitioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var queue in Messaging.Queues)
        {
            if (queue.IsPartitioned && queue.PartitionCount > 1)
            {
                partitioned.Add(queue.Name);
            }
        }

        // Send conventions first, so the shared ones (queue:name) leave ours alone; exchange types
        // after the entity names, which MassTransit freezes once read.
        foreach (var message in Messaging.Messages)
        {
            message.Accept(new SendConventionVisitor(partitioned, _hostAddress));
        }

        Messaging.ConfigureBus(configurator, RabbitMqMetadata.Instance, sizeLimit);
        configurator.ConfigureSend(send => send.UseFilter(new QueueAddressFilter(DeclaredQueueNames())));
        var visitor = new MessageVisitor(configurator);
        foreach (var message in Messaging.Messages)
        {
            message.Accept(visitor);
        }
    }

    public void ConfigureReceiveEndpoints(IRegistrationContext context, IRabbitMqBusFactoryConfigurator configurator)
    {
        foreach (var queue in Messaging.Queues)
        {
            if (!queue.IsPartitioned || queue.PartitionCount == 1)
            {
                // One partition: the queue itself, one message at a time (on one instance at a time), is already in order.
                var single = queue.IsPartitioned;
                configurator.ReceiveEndpoint(queue.Name, endpoint =>
                {
                    ConfigureQueue(endpoint, queue.Name, queue);
                    // Each message exchange straight to the queue: one routing step per message for the broker.
                    ConsumeTopologyOf(endpoint).AddSpecification(new QueueBindings(MessageBindings(queue)));

                    if (single)
                    {
                        endpoint.SingleActiveConsumer = true;
                    }

                    Messaging.ConfigureConsumerEndpoint(endpoint, context, queue, single ? 1 : queue.ConcurrencyLimit, applyConsumerLimits: !single);
                });
                continue;
            }

            for (var partition = 0; partition < queue.PartitionCount; partition++)
            {
                var name = MessagingTopology.PartitionQueueName(queue.Name, partition);
                configurator.ReceiveEndpoint(name, endpoint =>
                {
                    ConfigureQueue(endpoint, name, queue);
                    // Every instance consumes every partition, the broker lets one of them at a time: order per key holds
                    // across instances, and another instance takes over when the active one goes away.
                    endpoint.SingleActiveConsumer = true;
                    // The queue's name is its consistent-hash exchange, bound to the message exchanges with the handlers'
                    // patterns, hashing the partition key onto the partitions; there is no queue of that name.
                    // The hash exchange is bound to the partition's own exchange (of the partition's name), which MassTransit
                    // binds to the partition queue: not straight to the queue, as for other queues, because the ring of a
                    // consistent-hash exchange is its bindings — a broker set up this way would, with a second binding per
                    // partition, hash part of the keys to other partitions, and their messages would overtake the ones
                    // still waiting in the old partition.
                    var bindings = MessageBindings(queue);
                    endpoint.Bind(queue.Name, hash =>
                    {
                        hash.ExchangeType = ConsistentHashExchangeType;
                        hash.SetExchangeArgument(HashHeaderArgument, PartitionKeyHeader);
                        hash.RoutingKey = PartitionWeight;
                        foreach (var binding in bindings)
                        {
                            hash.Bind(binding.Exchange, e => ConfigureBinding(e, binding));
                        }
                    });

                    Messaging.ConfigureConsumerEndpoint(endpoint, context, queue, concurrencyLimit: 1, applyConsumerLimits: false);
                });
            }
        }
    }

    // Every queue name a queue: address could wrongly redeclare: the handler queues, and for a partitioned queue its name
    // (its consistent-hash exchange) and its partitions.
    private List<string> DeclaredQueueNames()
    {
        var names = new List<string>();
        foreach (var queue in Messaging.Queues)
        {
            names.Add(queue.Name);
            if (queue.IsPartitioned && queue.PartitionCount > 1)
            {
                for (var partition = 0; partition < queue.PartitionCount; partition++)
                {
                    names.Add(MessagingTopology.PartitionQueueName(queue.Name, partition));
                }
            }
        }

        return names;
    }

    private void ConfigureQueue(IRabbitMqReceiveEndpointConfigurator endpoint, string name, QueuePlan queue)
    {
        // The bindings are ours (BindMessages): MassTransit's consume topology would bind every type with a catch-all key.
        endpoint.ConfigureConsumeTopology = false;
        endpoint.Durable = true;
        if (queue.QuorumQueue)
        {
            endpoint.SetQuorumQueue();
            if (_maxDeliveries > 0)
            {
                // Before anything else of the message: a message past the limit goes to _error unhandled.
                endpoint.UseFilter(new DeliveryLimitFilter(name, _maxDeliveries));
            }
        }

        if (queue.MessageTimeToLive > TimeSpan.Zero)
        {
            endpoint.SetQueueArgument("x-message-ttl", queue.MessageTimeToLive);
        }

        // What the broker dead-letters — expired by the TTL, rejected without requeue, over a quorum queue's delivery
        // limit — lands in {queue}_dead-letter instead of vanishing. Handler faults go to {queue}_error, as MassTransit does.
        // A quorum queue's dead-letter queue is a quorum queue too: a classic one lives on the node that declared it, and
        // while that node is down the endpoint cannot declare its topology, so the replicated queue would have no consumer.
        endpoint.BindDeadLetterQueue(name + DeadLetterSuffix, name + DeadLetterSuffix,
            queue.QuorumQueue ? static deadLetter => deadLetter.SetQuorumQueue() : null);
    }

    private static void ConfigureBinding(IRabbitMqExchangeBindingConfigurator configurator, MessageBinding binding)
    {
        configurator.ExchangeType = binding.ExchangeType;
        configurator.RoutingKey = binding.RoutingKey;
        foreach (var argument in binding.Arguments)
        {
            configurator.SetBindingArgument(argument.Key, argument.Value);
        }
    }

    /// <summary>Where a receive endpoint's own broker topology is added to: MassTransit.RabbitMQ's endpoint configuration.</summary>
    private static IRabbitMqConsumeTopologyConfigurator ConsumeTopologyOf(IRabbitMqReceiveEndpointConfigurator endpoint) =>
        endpoint is IRabbitMqEndpointConfiguration configuration
            ? configuration.Topology.Consume
            : throw new InvalidOperationException(
                $"Messaging.RabbitMq binds message exchanges to queues through MassTransit.RabbitMQ 8.5's receive endpoint configuration, " +
                $"which this endpoint configurator ({endpoint.GetType().FullName}) is not. Use the MassTransit.RabbitMQ version Messaging.RabbitMq depends on.");

    /// <summary>The bindings of a queue's handlers: one per message exchange and distinct pattern.</summary>
    private List<MessageBinding> MessageBindings(QueuePlan queue)
    {
        var visitor = new BindingVisitor(Messaging);
        foreach (var consumer in queue.Consumers)
        {
            consumer.Accept(visitor);
        }

        return visitor.Bindings;
    }

    /// <summary>A binding from a message's exchange (declared as its publishers declare it) with a handler's pattern.</summary>
    private sealed record MessageBinding(string Exchange, string ExchangeType, string RoutingKey, IReadOnlyDictionary<string, object> Arguments);

    /// <summary>
    /// Binds the message exchanges straight to the endpoint's queue. MassTransit's <c>Bind</c> would bind them to the
    /// queue's own exchange (of the queue's name) instead, which the broker then routes a second time; that exchange
    /// stays, bound to the queue, for what is sent to the queue by name.
    /// </summary>
    /// <remarks>
    /// A queue bound both ways (a broker that an earlier version set up) still gets each message once: RabbitMQ delivers
    /// a publish to a queue once however many routes lead there.
    /// </remarks>
    private sealed class QueueBindings(List<MessageBinding> bindings) : IRabbitMqConsumeTopologySpecification
    {
        private static readonly Dictionary<string, object> s_none = [];

        public IEnumerable<ValidationResult> Validate() => [];

        public void Apply(IReceiveEndpointBrokerTopologyBuilder builder)
        {
            foreach (var binding in bindings)
            {
                var exchange = builder.ExchangeDeclare(binding.Exchange, binding.ExchangeType, durable: true, autoDelete: false, s_none);
                builder.QueueBind(exchange, builder.Queue, binding.RoutingKey, new Dictionary<string, object>(binding.Arguments));
            }
        }
    }

    /// <summary>Sets each message type's exchange type and partition-key header.</summary>
    private sealed class MessageVisitor(IRabbitMqBusFactoryConfigurator configurator) : IMessageRegistrationVisitor
    {
        public void Visit<T>(MessageRegistration<T> registration)
            where T : class
        {
            var route = registration.Route;
            var exchangeType = ExchangeTypeOf(route);
            configurator.Publish<T>(publish => publish.ExchangeType = exchangeType);
            if (route.PartitionKey is { } partitionKey)
            {
                configurator.Send<T>(send => send.Add(new PartitionKeyHeaderTopology<T>(partitionKey)));
            }
        }
    }

    /// <summary>
    /// Maps each command's send convention to its queue's exchange: <c>exchange:billing</c>, which the endpoint binds to
    /// its queue, or the consistent-hash exchange of a partitioned queue, so the command lands in its key's partition.
    /// Never <c>queue:billing</c>: sending there redeclares the queue without its arguments (dead-letter exchange, TTL,
    /// quorum type), which RabbitMQ refuses.
    /// </summary>
    /// <remarks>
    /// A queue named with letters outside ASCII gets the full address on the bus's host instead: MassTransit reads a
    /// short <c>exchange:</c> address's name percent-encoded and refuses the <c>%</c>, while it decodes a full address.
    /// </remarks>
    private sealed class SendConventionVisitor(HashSet<string> partitionedQueues, Uri? hostAddress) : IMessageRegistrationVisitor
    {
        public void Visit<T>(MessageRegistration<T> registration)
            where T : class
        {
            if (registration.SendQueue is not { } queue)
            {
                return;
            }

            var partitioned = partitionedQueues.Contains(queue);
            var address = hostAddress is not null && !InMemoryNames.IsAscii(queue)
                ? (Uri)new RabbitMqEndpointAddress(hostAddress, queue, partitioned ? ConsistentHashExchangeType : null)
                : partitioned
                    ? new Uri($"exchange:{queue}?type={ConsistentHashExchangeType}")
                    : new Uri($"exchange:{queue}");
            // Mapped before the shared convention, which then leaves it alone; an address the application mapped stays.
            if (!EndpointConvention.TryGetDestinationAddress<T>(out _))
            {
                EndpointConvention.Map<T>(address);
            }
        }
    }

    /// <summary>Collects a queue's binding to each consumer's message exchange with the consumer's pattern, once per distinct pattern.</summary>
    private sealed class BindingVisitor(MessagingTopology topology) : IConsumerEntryVisitor
    {
        private readonly HashSet<(string Exchange, string Key)> _bound = [];

        public List<MessageBinding> Bindings { get; } = [];

        public void Visit<TConsumer, TMessage>(ConsumerEntry<TConsumer, TMessage> entry)
            where TConsumer : class, IConsumer<TMessage>
            where TMessage : class
        {
            if (topology.FindRoute<TMessage>() is not { } route)
            {
                return;
            }

            var exchangeType = ExchangeTypeOf(route);
            if (exchangeType == "headers")
            {
                // Header matches are binding arguments; the key is ignored. No pattern: match everything (all of none).
                var pattern = entry.Registration.Binding ?? string.Empty;
                if (_bound.Add((route.EntityName, pattern)))
                {
                    var headers = new RoutingKeyBinding(ExchangeKind.Headers, pattern);
                    var arguments = new Dictionary<string, object> { ["x-match"] = headers.HeadersMatchAll ? "all" : "any" };
                    foreach (var header in headers.Headers)
                    {
                        arguments[header.Key] = header.Value;
                    }

                    Bindings.Add(new MessageBinding(route.EntityName, exchangeType, string.Empty, arguments));
                }

                return;
            }

            var key = exchangeType switch
            {
                "fanout" => string.Empty,
                // A topic handler without a pattern takes every key.
                "topic" => entry.Registration.Binding ?? "#",
                _ => entry.Registration.Binding ?? string.Empty,
            };

            if (_bound.Add((route.EntityName, key)))
            {
                Bindings.Add(new MessageBinding(route.EntityName, exchangeType, key, new Dictionary<string, object>()));
            }
        }
    }
}
