using System;
using System.Collections.Generic;
using MassTransit;
using MassTransit.Middleware;

namespace Messaging.Transport;

/// <summary>
/// Applies the registered messages and consumers to a MassTransit bus, independently of the transport: serializers,
/// entity names, send conventions and one receive endpoint per queue. A transport extension (<c>UseInMemory</c>,
/// <c>UseRabbitMq</c>) calls <see cref="AddConsumers"/> from <c>AddMassTransit</c>, then <see cref="ConfigureBus"/> and
/// <see cref="ConfigureReceiveEndpoints"/> from its <c>UsingXxx</c> callback.
/// </summary>
/// <remarks>A snapshot: registrations added to the builder afterwards are not seen.</remarks>
internal sealed class MessagingTopology
{
    /// <summary>How many partitions a partitioned queue gets when its handlers set no concurrency limit.</summary>
    public const int DefaultPartitionCount = 8;

    private readonly MessageRegistration[] _messages;
    private readonly Dictionary<Type, MessageRegistration> _messagesByType = [];
    private readonly ConsumerEntry[] _consumers;

    public MessagingTopology(IReadOnlyCollection<MessageRegistration> messages, IReadOnlyList<ConsumerEntry> consumers)
    {
        _messages = [.. messages];
        foreach (var message in _messages)
        {
            _messagesByType[message.MessageType] = message;
        }

        _consumers = [.. consumers];
        Queues = PlanQueues(_consumers);
    }

    /// <summary>The registered message types.</summary>
    public IReadOnlyList<MessageRegistration> Messages => _messages;

    /// <summary>The receive endpoints, in the order their first consumer was registered.</summary>
    public IReadOnlyList<QueuePlan> Queues { get; }

    /// <summary>What follows a partitioned queue's name in the names of its partitions, before the partition number.</summary>
    public const string PartitionSuffix = ".partition-";

    /// <summary>The name of a partitioned queue's partition queue: <c>billing.partition-3</c>.</summary>
    public static string PartitionQueueName(string queue, int partition) => $"{queue}{PartitionSuffix}{partition}";

    public MessageRoute<T>? FindRoute<T>()
        where T : class =>
        _messagesByType.TryGetValue(typeof(T), out var registration) ? ((MessageRegistration<T>)registration).Route : null;

    /// <summary>Registers every consumer with MassTransit (the container already holds our factories for them).</summary>
    public void AddConsumers(IRegistrationConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        foreach (var consumer in _consumers)
        {
            consumer.AddConsumer(configurator);
        }
    }

    /// <summary>
    /// Adds the MessagePack serializer (sending the registered types; MassTransit's JSON envelope stays the default
    /// for everything else, such as <c>Fault&lt;T&gt;</c>) and the deserializers for <c>application/msgpack</c> and
    /// <c>application/x-msgpack</c>, each message type's send convention, and the conventions that give a type its
    /// entity name, serializer and routing key when the bus first uses it (see <see cref="MessageTopologyConventions"/>).
    /// </summary>
    /// <param name="configurator">The bus being configured.</param>
    /// <param name="metadata">What the transport carries itself, so the serializer leaves it out of the headers; by default nothing.</param>
    /// <param name="sizeLimit">The largest MessagePack body published or handled; by default none.</param>
    public void ConfigureBus(IBusFactoryConfigurator configurator, TransportMetadata? metadata = null, MessageSizeLimit? sizeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var codecs = new MessageCodec[_messages.Length];
        for (var i = 0; i < codecs.Length; i++)
        {
            codecs[i] = _messages[i].CreateCodec();
        }

        var table = new MessageCodecTable(codecs);
        var messagePack = new MessagePackSerializerFactory(new MessagePackMessageSerializer(table, MessagePackMessageSerializer.MessagePackContentType, metadata, sizeLimit));
        configurator.AddSerializer(messagePack, isSerializer: false);
        configurator.AddDeserializer(messagePack);
        configurator.AddDeserializer(new MessagePackSerializerFactory(new MessagePackMessageSerializer(table, MessagePackMessageSerializer.LegacyMessagePackContentType, metadata, sizeLimit)));
        // A received message without a content type, or with one no deserializer reads, would otherwise go to MassTransit's
        // JSON reader and fail with a JSON error; this default refuses it with a reason that says what is missing.
        configurator.AddDeserializer(UnknownContentTypeDeserializer.Instance, isDefault: true);

        // Entity names, serializer and routing keys are applied per type when the bus first uses the type.
        new MessageTopologyConventions(_messagesByType, MessagePackMessageSerializer.MessagePackContentType).Connect(configurator);
        foreach (var message in _messages)
        {
            message.MapSendConvention();
        }
    }

    /// <summary>
    /// Creates one receive endpoint per queue with all its consumers; a partitioned queue gets its dispatcher endpoint
    /// and one endpoint per partition instead (see <see cref="PartitionDispatcher{T}"/>). <paramref name="configureEndpoint"/>
    /// lets the transport add its own settings (queue type, TTL) to each endpoint first.
    /// </summary>
    public void ConfigureReceiveEndpoints(IRegistrationContext context, IReceiveConfigurator configurator,
        Action<string, IReceiveEndpointConfigurator>? configureEndpoint = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configurator);
        foreach (var queue in Queues)
        {
            ConfigureQueue(queue, context, (name, configure) => configurator.ReceiveEndpoint(name, configure), configureEndpoint);
        }
    }

    /// <summary>
    /// Declares one queue's receive endpoints through <paramref name="receiveEndpoint"/> (called with each endpoint's
    /// name and configuration): the queue's own, or for a partitioned queue its dispatcher and partitions.
    /// </summary>
    public void ConfigureQueue(QueuePlan queue, IRegistrationContext context, Action<string, Action<IReceiveEndpointConfigurator>> receiveEndpoint,
        Action<string, IReceiveEndpointConfigurator>? configureEndpoint = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(receiveEndpoint);
        if (!queue.IsPartitioned)
        {
            receiveEndpoint(queue.Name, endpoint =>
            {
                configureEndpoint?.Invoke(queue.Name, endpoint);
                ConfigureConsumerEndpoint(endpoint, context, queue, queue.ConcurrencyLimit, applyConsumerLimits: true);
            });
            return;
        }

        if (queue.PartitionCount == 1)
        {
            // One partition: the queue itself, one message at a time, is already in order.
            receiveEndpoint(queue.Name, endpoint =>
            {
                configureEndpoint?.Invoke(queue.Name, endpoint);
                ConfigureConsumerEndpoint(endpoint, context, queue, concurrencyLimit: 1, applyConsumerLimits: false);
            });
            return;
        }

        // The partitions first, so that when the dispatcher starts forwarding they are there to receive.
        for (var partition = 0; partition < queue.PartitionCount; partition++)
        {
            var name = PartitionQueueName(queue.Name, partition);
            receiveEndpoint(name, endpoint =>
            {
                configureEndpoint?.Invoke(name, endpoint);
                // Partition queues receive only what the dispatcher forwards, never a publish directly.
                endpoint.ConfigureConsumeTopology = false;
                ConfigureConsumerEndpoint(endpoint, context, queue, concurrencyLimit: 1, applyConsumerLimits: false);
            });
        }

        receiveEndpoint(queue.Name, endpoint =>
        {
            configureEndpoint?.Invoke(queue.Name, endpoint);
            ConfigureDispatcherEndpoint(endpoint, queue);
        });
    }

    /// <summary>
    /// The registered message type <paramref name="messageType"/>, or <see langword="null"/> when it was registered
    /// only as a consumer's message (no route).
    /// </summary>
    public MessageRegistration? FindMessage(Type messageType) =>
        _messagesByType.TryGetValue(messageType, out var registration) ? registration : null;

    /// <summary>
    /// Configures a receive endpoint with the queue's consumers: prefetch, concurrency, bindings' discard filter, each
    /// consumer. Internal so a transport that lays out its own endpoints (RabbitMQ's partitions) reuses it.
    /// </summary>
    internal void ConfigureConsumerEndpoint(IReceiveEndpointConfigurator endpoint, IRegistrationContext context, QueuePlan queue, int concurrencyLimit,
        bool applyConsumerLimits)
    {
        if (queue.PrefetchCount > 0)
        {
            endpoint.PrefetchCount = queue.PrefetchCount;
        }

        if (concurrencyLimit > 0)
        {
            endpoint.ConcurrentMessageLimit = concurrencyLimit;
        }

        DiscardUnroutedMessages(endpoint, queue);
        foreach (var consumer in queue.Consumers)
        {
            consumer.ConfigureConsumer(endpoint, context, this, applyConsumerLimits);
        }
    }

    private void ConfigureDispatcherEndpoint(IReceiveEndpointConfigurator endpoint, QueuePlan queue)
    {
        if (queue.PrefetchCount > 0)
        {
            endpoint.PrefetchCount = queue.PrefetchCount;
        }

        // The ordering point: one message at a time, in the queue's delivery order.
        endpoint.ConcurrentMessageLimit = 1;
        DiscardUnroutedMessages(endpoint, queue);
        var dispatched = new HashSet<Type>();
        foreach (var consumer in queue.Consumers)
        {
            if (dispatched.Add(consumer.MessageType))
            {
                consumer.ConfigureDispatcher(endpoint, this, queue);
            }
        }
    }

    private void DiscardUnroutedMessages(IReceiveEndpointConfigurator endpoint, QueuePlan queue)
    {
        var bound = false;
        foreach (var consumer in queue.Consumers)
        {
            bound |= consumer.GetBinding(this) is not null;
        }

        if (bound)
        {
            // A message every consumer's binding rejected is dropped, as a broker would never have delivered it;
            // anything else that no consumer took still goes to _skipped.
            endpoint.ConfigureDeadLetter(pipe =>
            {
                pipe.UseFilter(new DiscardUnroutedFilter());
                pipe.UseFilter(new DeadLetterTransportFilter());
            });
        }
    }

    private QueuePlan[] PlanQueues(ConsumerEntry[] consumers)
    {
        var queues = new List<QueuePlan>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var consumer in consumers)
        {
            var registration = consumer.Registration;
            if (!byName.TryGetValue(registration.Queue, out var index))
            {
                index = queues.Count;
                byName.Add(registration.Queue, index);
                queues.Add(new QueuePlan(registration.Queue));
            }

            queues[index].Add(consumer, consumer.IsPartitioned(this));
        }

        return [.. queues];
    }
}

/// <summary>One queue: its settings and consumers.</summary>
internal sealed class QueuePlan
{
    private readonly List<ConsumerEntry> _consumers = [];
    private Uri[]? _partitionAddresses;

    public QueuePlan(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>The largest prefetch count any of the queue's consumers asks for; 0 for the transport default.</summary>
    public int PrefetchCount { get; private set; }

    /// <summary>
    /// The largest concurrency limit any of the queue's consumers asks for; 0 for the transport default. Each
    /// consumer is also limited to its own.
    /// </summary>
    public int ConcurrencyLimit { get; private set; }

    /// <summary>Whether any of the queue's consumers asks for a quorum queue (transports without them ignore it).</summary>
    public bool QuorumQueue { get; private set; }

    /// <summary>The shortest message time-to-live any of the queue's consumers asks for; zero for none.</summary>
    public TimeSpan MessageTimeToLive { get; private set; }

    /// <summary>Whether a consumer's message has a partition key, so the queue is processed in partitions.</summary>
    public bool IsPartitioned { get; private set; }

    /// <summary>
    /// How many partitions a partitioned queue has: its concurrency limit (each partition processes one message at a
    /// time), or <see cref="MessagingTopology.DefaultPartitionCount"/>.
    /// </summary>
    public int PartitionCount => ConcurrencyLimit > 0 ? ConcurrencyLimit : MessagingTopology.DefaultPartitionCount;

    /// <summary>The partition queues' short addresses (<c>queue:billing.partition-0</c>, …).</summary>
    public Uri[] PartitionAddresses => _partitionAddresses ??= CreatePartitionAddresses();

    public IReadOnlyList<ConsumerEntry> Consumers => _consumers;

    internal void Add(ConsumerEntry consumer, bool partitioned)
    {
        _consumers.Add(consumer);
        PrefetchCount = Math.Max(PrefetchCount, consumer.Registration.PrefetchCount);
        ConcurrencyLimit = Math.Max(ConcurrencyLimit, consumer.Registration.ConcurrencyLimit);
        IsPartitioned |= partitioned;
        QuorumQueue |= consumer.Registration.QuorumQueue;
        var ttl = consumer.Registration.MessageTimeToLive;
        if (ttl > TimeSpan.Zero && (MessageTimeToLive == TimeSpan.Zero || ttl < MessageTimeToLive))
        {
            MessageTimeToLive = ttl;
        }
    }

    private Uri[] CreatePartitionAddresses()
    {
        var addresses = new Uri[PartitionCount];
        for (var i = 0; i < addresses.Length; i++)
        {
            // Only the in-memory transport dispatches to partitions by address (RabbitMQ hashes in the broker).
            addresses[i] = InMemoryNames.QueueAddress(MessagingTopology.PartitionQueueName(Name, i));
        }

        return addresses;
    }
}
