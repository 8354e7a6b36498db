using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Logging;
using Messaging.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Messaging.RabbitMq;

/// <summary>
/// <see cref="IMessagePublisher"/> on RabbitMQ: publishes with RabbitMQ.Client on a connection of its own (RabbitMQ's
/// advice: a publisher the broker throttles must not hold up the acks of consumers on the same connection), one
/// channel with publisher confirms, the message as <c>IBus.Publish</c> puts it on the wire less what only the bus has
/// (<c>ConversationId</c>, <c>MT-Source-Address</c>).
/// </summary>
/// <remarks>
/// The connection opens on the first publish, to the first node of <see cref="RabbitMqOptions.Hosts"/> that answers. A
/// connection or channel that closed — the network, a broker restart — is opened again by the publishes that need it,
/// not in the background; each publish is sent again (same message id) until <see cref="RabbitMqOptions.PublishTimeout"/>,
/// then fails naming the broker and the cause. A refusal (nack, 403/404/406) fails at once. Each message type's exchange is declared before its first publish on a channel, with the type
/// and durability the route table gives it, so a publish does not reach an exchange that does not exist.
/// </remarks>
internal sealed partial class RabbitMqMessagePublisher : IMessagePublisher, IAsyncDisposable, IDisposable
{
    /// <summary>The source of the publisher's <c>{exchange} publish</c> activities (producer spans).</summary>
    public const string ActivitySourceName = "Messaging.RabbitMq";

    private static readonly ActivitySource s_activities = new(ActivitySourceName);

    private readonly RabbitMqOptions _options;
    private readonly FrozenDictionary<Type, PublishPlan> _plans;
    private readonly ILogger _logger;
    private readonly Lock _sync = new();
    private volatile string? _blocked;
    private volatile IConnection? _connection;
    private volatile IChannel? _channel;
    private Task<IChannel>? _opening;
    private bool _disposed;

    public RabbitMqMessagePublisher(RabbitMqOptions options, MessagingTopology topology, ILogger? logger = null)
    {
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        var builder = new PlanBuilder(options);
        foreach (var message in topology.Messages)
        {
            message.Accept(builder);
        }

        builder.LinkBaseTypes();
        _plans = builder.Plans.ToFrozenDictionary();
    }

    public Task PublishAsync<T>(T message, CancellationToken cancellationToken = default)
        where T : class => Publish(message, PublishOptions.None, cancellationToken);

    public Task PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Publish(message, options, cancellationToken);
    }

    private Task Publish<T>(T message, PublishOptions options, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_plans.TryGetValue(typeof(T), out var found))
        {
            throw MessagePublisherErrors.NotRegistered(typeof(T));
        }

        var plan = (PublishPlan<T>)found;
        // One id for every attempt of this publish: a copy that got through before a connection was lost, and the one
        // published again, are recognisably the same message.
        var messageId = options.MessageId ?? NewId.NextGuid();
        var started = Stopwatch.GetTimestamp();
        var channel = _channel;
        if (channel is null || channel.IsClosed || !ReferenceEquals(plan.DeclaredOn, channel))
        {
            return PublishWithRetryAsync(plan, message, messageId, options, started, first: null, cancellationToken);
        }

        // Without a trace to carry on or a listener for our spans there is nothing to wrap: the broker's confirm is
        // the task. Otherwise a producer span covers the publish and its confirm.
        var publish = Activity.Current is null && !s_activities.HasListeners()
            ? Publish(channel, plan, message, messageId, options, parent: null, cancellationToken)
            : PublishTracedAsync(channel, plan, message, messageId, options, cancellationToken);
        return publish.IsCompletedSuccessfully
            ? publish
            : PublishWithRetryAsync(plan, message, messageId, options, started, publish, cancellationToken);
    }

    /// <summary>
    /// Waits for <paramref name="first"/> (a publish already under way), or publishes, and publishes again — the same
    /// message id — after a failure that a new connection or channel can cure (a connection lost, the broker
    /// unreachable), until <see cref="RabbitMqOptions.PublishTimeout"/> has passed since the call: then it fails with a
    /// <see cref="TimeoutException"/> naming the host, the virtual host and the cause. A refusal (a nack, an exchange
    /// missing or of another type, access denied) fails at once.
    /// </summary>
    private async Task PublishWithRetryAsync<T>(PublishPlan<T> plan, T message, Guid messageId, PublishOptions options, long started, Task? first,
        CancellationToken cancellationToken)
        where T : class
    {
        var timeout = _options.PublishTimeout;
        Exception? cause = null;
        for (var attempt = 0; ; attempt++)
        {
            var left = timeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero && attempt > 0)
            {
                Observe(first);
                throw TimedOut(plan, cause);
            }

            // PublishTimeout zero: one attempt, waited for as long as it takes.
            var publish = first ?? PublishOnceAsync(plan, message, messageId, options, cancellationToken);
            first = null;
            try
            {
                // The wait is bounded, not the publish: a publish the broker holds back (a blocked connection) completes
                // or fails by itself later.
                await (left > TimeSpan.Zero ? publish.WaitAsync(left, cancellationToken) : publish).ConfigureAwait(false);
                return;
            }
            catch (TimeoutException) when (!publish.IsCompleted)
            {
                if (Stopwatch.GetElapsedTime(started) < timeout)
                {
                    // A timer that fired a little early: the same publish is waited for until the deadline proper.
                    first = publish;
                    continue;
                }

                // The deadline, not a failure of the publish: the cause is what went wrong before, if anything.
                Observe(publish);
                throw TimedOut(plan, cause);
            }
            catch (Exception exception) when (IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                cause = exception;
                left = timeout - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    throw TimedOut(plan, cause);
                }

                // Quick at first (a channel closed under a busy publisher), then every second or two while a node restarts.
                var pause = TimeSpan.FromMilliseconds(Math.Min(2000, 100 << Math.Min(attempt, 5)));
                await Task.Delay(pause < left ? pause : left, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // A publish given up on may still fail later; its exception is of no use to anyone then.
    private static void Observe(Task? abandoned) =>
        abandoned?.ContinueWith(static task => _ = task.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private async Task PublishOnceAsync<T>(PublishPlan<T> plan, T message, Guid messageId, PublishOptions options, CancellationToken cancellationToken)
        where T : class
    {
        var channel = _channel;
        if (channel is null || channel.IsClosed || !ReferenceEquals(plan.DeclaredOn, channel))
        {
            channel = await OpenChannelAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(plan.DeclaredOn, channel))
            {
                await DeclareAsync(plan, cancellationToken).ConfigureAwait(false);
                plan.DeclaredOn = channel;
            }
        }

        await PublishTracedAsync(channel, plan, message, messageId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether a new connection or channel may let the publish through: the connection or channel closed by the network,
    /// a broker restart or an operator (<c>connection-forced</c>), or no node reachable. Not a channel the broker closed
    /// for the publish's own sake (<c>404</c>, <c>403</c>, <c>406</c>), nor a nack.
    /// </summary>
    private static bool IsTransient(Exception exception) => exception switch
    {
        // AlreadyClosedException too.
        OperationInterruptedException { ShutdownReason: { } reason } => reason.ReplyCode is not (Constants.NotFound or Constants.AccessRefused or Constants.PreconditionFailed),
        BrokerUnreachableException or ConnectFailureException or OperationInterruptedException => true,
        System.IO.IOException or System.Net.Sockets.SocketException => true,
        // The client's own timeouts (a connection attempt, a channel open) while a node goes away.
        TimeoutException => true,
        _ => false,
    };

    private TimeoutException TimedOut(PublishPlan plan, Exception? cause)
    {
        var endpoint = _connection is { IsOpen: true, Endpoint: { } connected } ? $"{connected.HostName}:{connected.Port}" : null;
        var where = $"RabbitMQ {_options} (host {endpoint ?? string.Join(", ", _options.Endpoints().ConvertAll(e => e.Host + ":" + e.Port.ToString(CultureInfo.InvariantCulture)))}, virtual host '{_options.VirtualHost}')";
        var why = _blocked is { } reason
            ? $"the broker blocked publishing ({reason}): a memory or disk alarm is in effect on the broker. Free memory or disk space there (rabbitmq-diagnostics alarms lists them), or raise PublishTimeout to wait longer"
            : cause is null
                ? "the broker did not confirm the message. It may be overloaded; check its logs, or raise PublishTimeout to wait longer"
                : $"the broker could not be reached or the connection was lost: {cause.GetType().Name}: {cause.Message}{(cause.InnerException is { } inner ? $" ({inner.Message})" : string.Empty)}. " +
                  "Check that the broker is running and reachable from here, or raise PublishTimeout to wait longer";
        return new TimeoutException(
            $"Publishing to exchange '{plan.Exchange}' on {where} did not complete within PublishTimeout ({_options.PublishTimeout}): {why}. " +
            "The message may or may not have been taken: publish it again with the same PublishOptions.MessageId to let handlers recognise a copy.",
            cause);
    }

    // Every failure, also one before anything was sent (a closed channel, a formatter that throws), is the task's.
    private static Task Publish<T>(IChannel channel, PublishPlan<T> plan, T message, Guid messageId, PublishOptions options, string? parent,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var (properties, routingKey) = plan.Properties(message, messageId, options, parent);
            var body = plan.Codec.Serialize(message);
            plan.SizeLimit.CheckPublish(TypeDisplay.Name(typeof(T)), body.Length);
            return channel.BasicPublishAsync(plan.Exchange, routingKey, mandatory: false, properties, body, cancellationToken).AsTask();
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }

    private static async Task PublishTracedAsync<T>(IChannel channel, PublishPlan<T> plan, T message, Guid messageId, PublishOptions options,
        CancellationToken cancellationToken)
        where T : class
    {
        using var activity = s_activities.StartActivity($"{plan.Exchange} publish", ActivityKind.Producer);
        if (activity is not null)
        {
            activity.SetTag("messaging.system", "rabbitmq");
            activity.SetTag("messaging.operation", "publish");
            activity.SetTag("messaging.destination.name", plan.Exchange);
        }

        var parent = (activity ?? Activity.Current) is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;
        try
        {
            await Publish(channel, plan, message, messageId, options, parent, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
    }

    /// <summary>
    /// Declares a message type's exchange, on a channel of its own: a declaration the broker refuses (an exchange of
    /// that name with another type, <c>406 PRECONDITION_FAILED</c>) closes that channel, not the one every other type
    /// publishes on. Idempotent, so two first publishes racing here both succeed; again on every new publishing channel,
    /// since the broker closed the last one for a reason, perhaps that the exchange had been deleted.
    /// </summary>
    /// <remarks>
    /// The caller's token stops only its wait: a channel whose opening is cancelled half way is never closed, and each
    /// would hold a channel number until the connection closes.
    /// </remarks>
    private Task DeclareAsync(PublishPlan plan, CancellationToken cancellationToken) => DeclareAsync(plan).WaitAsync(cancellationToken);

    private async Task DeclareAsync(PublishPlan plan)
    {
        var connection = _connection ?? throw new ObjectDisposedException(nameof(RabbitMqMessagePublisher));
        await using var declaring = await connection.CreateChannelAsync().ConfigureAwait(false);
        await declaring.ExchangeDeclareAsync(plan.Exchange, plan.ExchangeType, durable: true, autoDelete: false).ConfigureAwait(false);
        // As MassTransit's publish topology: the exchange of each registered base type, bound from this one, so the queues
        // of the base type's handlers get the derived message too (with a catch-all key from a topic exchange).
        foreach (var baseType in plan.BaseTypes)
        {
            await declaring.ExchangeDeclareAsync(baseType.Exchange, baseType.ExchangeType, durable: true, autoDelete: false).ConfigureAwait(false);
            await declaring.ExchangeBindAsync(baseType.Exchange, plan.Exchange, plan.ExchangeType == "topic" ? "#" : string.Empty).ConfigureAwait(false);
        }

        await declaring.CloseAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The open publishing channel, or one attempt to open it — and the connection first, when there is none or it is
    /// closed — that every publish waiting meanwhile shares: when the broker is unreachable they fail together, each
    /// with that attempt's exception, and the next publish tries again.
    /// </summary>
    private Task<IChannel> OpenChannelAsync()
    {
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_channel is { IsClosed: false } open)
            {
                return Task.FromResult(open);
            }

            if (_opening is { IsCompleted: false } opening)
            {
                return opening;
            }

            _opening = OpenAsync();
            // Observed even when every publish waiting for it gave up (canceled) before it failed.
            _opening.ContinueWith(static attempt => _ = attempt.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return _opening;
        }
    }

    private async Task<IChannel> OpenAsync()
    {
        // Off the caller's lock (and its synchronization context) before any work.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        if (_connection is not { IsOpen: true })
        {
            // Opened here, not recovered in the background: a connection the broker closed for good (access refused
            // after a permission change, say) is replaced like one lost to the network.
            var previous = _connection;
            var factory = CreateConnectionFactory();
            // Every node of a cluster (RabbitMqOptions.Hosts), tried in order: the first that answers is the one.
            var endpoints = _options.Endpoints().ConvertAll(e => new AmqpTcpEndpoint(e.Host, e.Port, factory.Ssl));
            IConnection connection;
            try
            {
                connection = await factory.CreateConnectionAsync(endpoints).ConfigureAwait(false);
            }
            catch (Exception exception) when (RabbitMqConnections.TryDescribeRefusal(_options, exception) is { } refused)
            {
                // Refused credentials or a missing virtual host fail at once and say so; an unreachable broker is tried
                // again until PublishTimeout.
                throw refused;
            }

            _blocked = null;
            connection.ConnectionBlockedAsync += OnBlockedAsync;
            connection.ConnectionUnblockedAsync += OnUnblockedAsync;
            _connection = connection;
            await DisposeQuietlyAsync(previous).ConfigureAwait(false);
        }

        // The channel this one replaces is closed; it is left to the collector rather than disposed, which would fail
        // publishes still queued on it for its confirms instead of letting them see the close.
        try
        {
            _channel = await _connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)).ConfigureAwait(false);
        }
        catch (Exception exception) when (RabbitMqConnections.TryDescribeRefusal(_options, exception) is { } refused)
        {
            // The broker opens the connection of a user to a virtual host that is missing (or not the user's), then
            // closes it: the channel is the first to hear.
            throw refused;
        }

        return _channel;
    }

    // RabbitMQ blocks a publishing connection under a memory or disk alarm: publishes wait for their confirms until it
    // lifts, and fail at PublishTimeout saying so.
    private Task OnBlockedAsync(object sender, ConnectionBlockedEventArgs args)
    {
        _blocked = args.Reason;
        PublisherLog.Blocked(_logger, _options, args.Reason, _options.PublishTimeout);
        return Task.CompletedTask;
    }

    private Task OnUnblockedAsync(object sender, AsyncEventArgs args)
    {
        _blocked = null;
        PublisherLog.Unblocked(_logger, _options);
        return Task.CompletedTask;
    }

    // As the bus's connection is named (MassTransit: the connection name, else the process's), and marked.
    private ConnectionFactory CreateConnectionFactory() => RabbitMqConnections.CreateFactory(_options,
        $"{(string.IsNullOrWhiteSpace(_options.ConnectionName) ? Process.GetCurrentProcess().ProcessName : _options.ConnectionName)} (publisher)");

    public async ValueTask DisposeAsync()
    {
        Task<IChannel>? opening;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            opening = _opening;
        }

        if (opening is not null)
        {
            // Let an attempt under way finish, so what it opens is closed here.
            await opening.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .ConfigureAwait(false);
        }

        await DisposeQuietlyAsync(_channel).ConfigureAwait(false);
        await DisposeQuietlyAsync(_connection).ConfigureAwait(false);
    }

    // Closing what is already broken can fail too (a close the broker never answers times out); there is nothing left
    // to do about it.
    private static async ValueTask DisposeQuietlyAsync(IAsyncDisposable? disposable)
    {
        if (disposable is null)
        {
            return;
        }

        try
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or RabbitMQ.Client.Exceptions.RabbitMQClientException
                                              or System.IO.IOException or ObjectDisposedException)
        {
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>A message type's exchange and how its messages are addressed; the generic subclass writes them.</summary>
    private abstract class PublishPlan(string exchange, string exchangeType, MessageSizeLimit sizeLimit)
    {
        /// <summary>The plans of the registered types this one derives from, nearest first: their exchanges are bound from this one.</summary>
        public IReadOnlyList<PublishPlan> BaseTypes { get; set; } = [];

        /// <summary>The <c>MT-MessageType</c> value: this type's URN, then its registered base types' (as the bus writes it).</summary>
        public abstract string MessageTypes { get; set; }

        public abstract Type MessageType { get; }

        public abstract string MessageUrn { get; }

        public string Exchange { get; } = exchange;

        public string ExchangeType { get; } = exchangeType;

        /// <summary>The largest body published (<see cref="RabbitMqOptions.MaxMessageSize"/>).</summary>
        public MessageSizeLimit SizeLimit { get; } = sizeLimit;

        /// <summary>The channel the exchange was last declared on; declared again on a new one.</summary>
        public volatile IChannel? DeclaredOn;
    }

    private sealed class PublishPlan<T>(MessageRoute<T> route, MessageCodec<T> codec, string exchangeType, Uri? destination, MessageSizeLimit sizeLimit)
        : PublishPlan(route.EntityName, exchangeType, sizeLimit)
        where T : class
    {
        private readonly Func<T, string>? _routingKey = RoutingHeaders.BrokerRoutingKeyOf(route);

        public MessageCodec<T> Codec { get; } = codec;

        public override string MessageTypes { get; set; } = route.MessageUrn;

        public override Type MessageType => typeof(T);

        public override string MessageUrn => route.MessageUrn;

        /// <summary>
        /// The properties and routing key <c>IBus.Publish</c> gives the message: what the MessagePack serializer writes
        /// (<see cref="MessagePackHeaders.Write"/>) for a message outside any conversation, the routing key, routing headers
        /// and partition key of its route; with the ids the caller fixed in <paramref name="options"/>.
        /// </summary>
        public (BasicProperties Properties, string RoutingKey) Properties(T message, Guid messageId, PublishOptions options, string? parent)
        {
            // No ConversationId unless the caller gives one: the message starts a conversation, and the receiver takes its
            // id for the conversation's (MessagePackMessageContext.ConversationId) — one header fewer on every message.
            var headers = new Dictionary<string, object?>(4) { [MessageHeaders.MessageType] = MessageTypes };
            if (options.ConversationId is { } conversationId)
            {
                headers[MessageHeaders.ConversationId] = conversationId.ToString();
            }

            if (options.MessageId is not null)
            {
                // The receiver reads the sent time out of a NewId message id; a caller's id (a random Guid, or the NewId
                // of a first attempt) does not tell it, so it travels as the bus writes it (MessagePackHeaders.Write).
                headers[MessagePackHeaders.SentTime] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            }

            if (parent is not null)
            {
                headers[DiagnosticHeaders.ActivityId] = parent;
            }

            if (destination is not null)
            {
                // Bindings filter this message: a copy moved back from its error queue must still be known as a publish.
                headers[MessagePackHeaders.DestinationAddress] = destination.ToString();
            }

            foreach (var header in route.RoutingHeaders)
            {
                headers[header.Name] = header.Value(message) ?? string.Empty;
            }

            if (route.PartitionKey is { } partitionKey)
            {
                headers[RabbitMqTopology.PartitionKeyHeader] = partitionKey(message) ?? string.Empty;
            }

            var properties = new BasicProperties
            {
                // A NewId, as MassTransit's: the receiver reads the sent time out of it.
                MessageId = messageId.ToString(),
                CorrelationId = options.CorrelationId?.ToString(),
                ContentType = MessagePackMessageSerializer.MessagePackContentType.MediaType,
                DeliveryMode = DeliveryModes.Persistent,
                Headers = headers,
            };
            var routingKey = _routingKey is { } key ? key(message) ?? string.Empty : string.Empty;
            return (properties, routingKey);
        }
    }

    private sealed class PlanBuilder(RabbitMqOptions options) : IMessageRegistrationVisitor
    {
        private readonly MessageSizeLimit _sizeLimit = new(options.MaxMessageSize, "RabbitMqOptions.MaxMessageSize");

        public Dictionary<Type, PublishPlan> Plans { get; } = [];

        public void Visit<T>(MessageRegistration<T> registration)
            where T : class
        {
            var route = registration.Route;
            var routed = RoutingHeaders.BindingKeyOf(route) is not null;
            // The exchange's address as the bus writes it (rabbitmq://host/vhost/exchange?type=topic); a receiver reads the
            // exchange's name from it.
            var exchangeType = RabbitMqTopology.ExchangeTypeOf(route);
            var destination = routed
                ? new UriBuilder("rabbitmq", options.Host, options.EffectivePort == RabbitMqOptions.DefaultPort ? -1 : options.EffectivePort)
                {
                    Path = (options.VirtualHost == "/" ? string.Empty : Uri.EscapeDataString(options.VirtualHost) + "/") + route.EntityName,
                    Query = "type=" + exchangeType,
                }.Uri
                : null;
            Plans[typeof(T)] = new PublishPlan<T>(route, (MessageCodec<T>)registration.CreateCodec(), exchangeType, destination, _sizeLimit);
        }

        /// <summary>Gives each plan the plans of its registered base types, nearest first, and its MT-MessageType list.</summary>
        public void LinkBaseTypes()
        {
            foreach (var plan in Plans.Values)
            {
                var bases = new List<PublishPlan>();
                foreach (var other in Plans.Values)
                {
                    // Type.IsAssignableFrom reads no metadata by reflection; safe for trimming and AOT.
                    if (other != plan && other.MessageType.IsAssignableFrom(plan.MessageType))
                    {
                        bases.Add(other);
                    }
                }

                if (bases.Count == 0)
                {
                    continue;
                }

                bases.Sort(static (left, right) => left.MessageType.IsAssignableFrom(right.MessageType) ? 1 : right.MessageType.IsAssignableFrom(left.MessageType) ? -1 : 0);
                plan.BaseTypes = bases;
                var urns = new List<string>(bases.Count + 1) { plan.MessageUrn };
                foreach (var baseType in bases)
                {
                    urns.Add(baseType.MessageUrn);
                }

                plan.MessageTypes = string.Join(";", urns);
            }
        }
    }

    private static partial class PublisherLog
    {
        [LoggerMessage(1, LogLevel.Warning, "RabbitMQ {Broker} blocked the publisher's connection: {Reason}. Publishes wait for the alarm to clear, up to PublishTimeout ({PublishTimeout}), then fail.")]
        public static partial void Blocked(ILogger logger, RabbitMqOptions broker, string reason, TimeSpan publishTimeout);

        [LoggerMessage(2, LogLevel.Information, "RabbitMQ {Broker} unblocked the publisher's connection: publishing resumes.")]
        public static partial void Unblocked(ILogger logger, RabbitMqOptions broker);
    }
}
