using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Configuration;

namespace Messaging.Transport;

/// <summary>
/// Starts a handler queue's receive endpoints when the first message that could reach the queue is published or
/// sent, rather than all of them when the bus starts.
/// </summary>
/// <remarks>
/// <para>
/// Why: MassTransit spends roughly 10 ms building and starting each receive endpoint (its consumer pipes, retry and
/// error pipes, topology). With hundreds of handlers that is seconds before the first message can flow, most of it
/// for queues the process may not use for a while. On the in-memory transport nothing can reach a queue except
/// through this bus, so the bus can connect a queue's endpoints at that moment with no message lost.
/// </para>
/// <para>
/// How: a filter in the publish pipe of each message type that a queue consumes (or that is assignable to one,
/// since MassTransit routes a published type to its base types' exchanges too) connects those queues, and a filter
/// in every send pipe connects the queue a message is sent to by name. Connecting is synchronous and binds the
/// queue before the message goes on, and concurrent first messages wait for the one connecting. After a queue is
/// connected its filters cost one field read.
/// </para>
/// <para>
/// A queue with a consumer of a type that has no route (no generated <c>[Message]</c> registration) could be
/// reached in ways the filters cannot see, so it starts with the bus, as every queue does on a broker.
/// </para>
/// </remarks>
internal sealed class OnDemandEndpoints : IPublishPipeSpecificationObserver, ISendPipeSpecificationObserver
{
    private readonly List<(Type MessageType, OnDemandQueue Queue)> _consumedTypes = [];
    private readonly Dictionary<string, OnDemandQueue[]> _byName = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<Uri, OnDemandQueue[]> _byAddress = [];
    private readonly OnDemandQueue[] _queues;
    private int _pending;

    /// <param name="topology">The registrations.</param>
    /// <param name="queues">The queues to start on demand (see <see cref="CanStartOnDemand"/>).</param>
    /// <param name="connect">Connects one queue's endpoints to the running bus.</param>
    public OnDemandEndpoints(MessagingTopology topology, IEnumerable<QueuePlan> queues, Action<QueuePlan> connect)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(connect);
        var all = new List<OnDemandQueue>();
        var byName = new Dictionary<string, List<OnDemandQueue>>(StringComparer.Ordinal);
        foreach (var plan in queues)
        {
            var queue = new OnDemandQueue(plan, connect, this);
            all.Add(queue);
            AddName(byName, plan.Name, queue);
            if (plan.IsPartitioned)
            {
                for (var partition = 0; partition < plan.PartitionCount; partition++)
                {
                    AddName(byName, MessagingTopology.PartitionQueueName(plan.Name, partition), queue);
                }
            }

            foreach (var consumer in plan.Consumers)
            {
                _consumedTypes.Add((consumer.MessageType, queue));

                // Sent to the type's exchange by name (exchange:shop.order-placed): as a publish.
                AddName(byName, topology.FindMessage(consumer.MessageType)!.EntityName, queue);
            }
        }

        foreach (var (name, list) in byName)
        {
            _byName.Add(name, [.. list]);
        }

        _queues = [.. all];
        _pending = _queues.Length;
    }

    /// <summary>
    /// Whether a queue can wait for its first message: every message type it consumes has a route, so every way a
    /// message reaches it passes through a filter that connects it.
    /// </summary>
    public static bool CanStartOnDemand(MessagingTopology topology, QueuePlan queue)
    {
        foreach (var consumer in queue.Consumers)
        {
            if (topology.FindMessage(consumer.MessageType) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the filters to <paramref name="configurator"/>'s publish and send pipes.</summary>
    public void Connect(IBusFactoryConfigurator configurator)
    {
        configurator.ConfigurePublish(publish => publish.ConnectPublishPipeSpecificationObserver(this));
        configurator.ConfigureSend(send => send.ConnectSendPipeSpecificationObserver(this));
    }

    /// <summary>Whether every on-demand queue has been connected, so no filter has anything left to do.</summary>
    internal bool AllConnected => Volatile.Read(ref _pending) == 0;

    public void MessageSpecificationCreated<T>(IMessagePublishPipeSpecification<T> specification)
        where T : class
    {
        // A published T reaches the queues consuming T and, through MassTransit's exchange-to-exchange bindings, those
        // consuming a base type or interface of T.
        var queues = new List<OnDemandQueue>();
        foreach (var (messageType, queue) in _consumedTypes)
        {
            if (messageType.IsAssignableFrom(typeof(T)) && !queues.Contains(queue))
            {
                queues.Add(queue);
            }
        }

        if (queues.Count > 0)
        {
            specification.UseFilter(new ConnectOnPublishFilter<T>([.. queues]));
        }
    }

    public void MessageSpecificationCreated<T>(IMessageSendPipeSpecification<T> specification)
        where T : class =>
        specification.UseFilter(new ConnectOnSendFilter<T>(this));

    /// <summary>Connects the queues a message sent to <paramref name="destination"/> can reach, if not yet connected.</summary>
    internal void EnsureConnected(Uri? destination)
    {
        if (destination is null || AllConnected)
        {
            return;
        }

        // Send endpoints are cached, so most sends carry the same Uri instance: look it up by reference first.
        var queues = _byAddress.GetValue(destination, FindQueues);
        foreach (var queue in queues)
        {
            queue.EnsureConnected();
        }
    }

    internal void QueueConnected() => Interlocked.Decrement(ref _pending);

    private OnDemandQueue[] FindQueues(Uri address)
    {
        var path = address.IsAbsoluteUri ? address.AbsolutePath : address.OriginalString;
        var name = Uri.UnescapeDataString(path[(path.LastIndexOfAny(['/', ':']) + 1)..]);
        return _byName.TryGetValue(name, out var queues) ? queues : [];
    }

    private static void AddName(Dictionary<string, List<OnDemandQueue>> byName, string name, OnDemandQueue queue)
    {
        // A name outside ASCII is addressed by its encoded form on this transport (InMemoryNames), which a send's
        // address carries once decoded.
        var encoded = InMemoryNames.QueueName(name);
        if (!string.Equals(encoded, name, StringComparison.Ordinal))
        {
            AddOneName(byName, encoded, queue);
        }

        AddOneName(byName, name, queue);
    }

    private static void AddOneName(Dictionary<string, List<OnDemandQueue>> byName, string name, OnDemandQueue queue)
    {
        if (!byName.TryGetValue(name, out var list))
        {
            byName.Add(name, list = []);
        }

        if (!list.Contains(queue))
        {
            list.Add(queue);
        }
    }

    /// <summary>Connects the queues a published <typeparamref name="T"/> reaches before it is published.</summary>
    private sealed class ConnectOnPublishFilter<T>(OnDemandQueue[] queues) : IFilter<PublishContext<T>>
        where T : class
    {
        private bool _connected;

        public Task Send(PublishContext<T> context, IPipe<PublishContext<T>> next)
        {
            if (!Volatile.Read(ref _connected))
            {
                foreach (var queue in queues)
                {
                    queue.EnsureConnected();
                }

                Volatile.Write(ref _connected, true);
            }

            return next.Send(context);
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("messaging-connect-on-publish");
    }

    /// <summary>Connects the queue a message is sent to before it is sent.</summary>
    private sealed class ConnectOnSendFilter<T>(OnDemandEndpoints endpoints) : IFilter<SendContext<T>>
        where T : class
    {
        public Task Send(SendContext<T> context, IPipe<SendContext<T>> next)
        {
            endpoints.EnsureConnected(context.DestinationAddress);
            return next.Send(context);
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("messaging-connect-on-send");
    }
}

/// <summary>One queue started on demand: connected once, by the first message that needs it.</summary>
internal sealed class OnDemandQueue
{
    private readonly QueuePlan _plan;
    private readonly Action<QueuePlan> _connect;
    private readonly OnDemandEndpoints _owner;
    private readonly object _gate = new();
    private volatile bool _connected;

    public OnDemandQueue(QueuePlan plan, Action<QueuePlan> connect, OnDemandEndpoints owner)
    {
        _plan = plan;
        _connect = connect;
        _owner = owner;
    }

    public void EnsureConnected()
    {
        if (_connected)
        {
            return;
        }

        // Under the lock, so a concurrent first message waits until the queue is bound rather than racing past it.
        lock (_gate)
        {
            if (_connected)
            {
                return;
            }

            _connect(_plan);
            _connected = true;
        }

        _owner.QueueConnected();
    }
}
