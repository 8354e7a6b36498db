using System;
using System.Collections.Generic;
using MassTransit;
using Messaging.Inbox;
using Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Messaging;

/// <summary>A registered consumer; the generic subclass configures it with its type arguments.</summary>
internal abstract class ConsumerEntry
{
    protected ConsumerEntry(ConsumerRegistration registration)
    {
        Registration = registration;
    }

    public ConsumerRegistration Registration { get; }

    public abstract Type ConsumerType { get; }

    public abstract Type MessageType { get; }

    /// <summary>Registers the consumer with MassTransit, without a definition type (so without reflection).</summary>
    public abstract void AddConsumer(IRegistrationConfigurator configurator);

    /// <summary>The binding the consumer's messages are filtered by, or <see langword="null"/> when it takes them all.</summary>
    public abstract RoutingKeyBinding? GetBinding(MessagingTopology topology);

    /// <summary>Whether the consumer's message has a partition key.</summary>
    public abstract bool IsPartitioned(MessagingTopology topology);

    /// <summary>
    /// Configures the consumer on a receive endpoint: its binding filter, its retry policy and, when
    /// <paramref name="applyConcurrencyLimit"/>, its own concurrency limit.
    /// </summary>
    public abstract void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IRegistrationContext context, MessagingTopology topology, bool applyConcurrencyLimit);

    /// <summary>
    /// Configures the partitioned queue's dispatcher for this consumer's message type, which forwards each message to
    /// the partition queue of its key (see <see cref="PartitionDispatcher{T}"/>).
    /// </summary>
    public abstract void ConfigureDispatcher(IReceiveEndpointConfigurator endpoint, MessagingTopology topology, QueuePlan queue);

    /// <summary>Calls <paramref name="visitor"/> with the type arguments, so a transport configures the consumer without building types at run time.</summary>
    public abstract void Accept(IConsumerEntryVisitor visitor);
}

/// <summary>Receives a <see cref="ConsumerEntry"/> with its type arguments.</summary>
internal interface IConsumerEntryVisitor
{
    void Visit<TConsumer, TMessage>(ConsumerEntry<TConsumer, TMessage> entry)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class;
}

/// <summary>A registered consumer <typeparamref name="TConsumer"/> of <typeparamref name="TMessage"/>.</summary>
internal sealed class ConsumerEntry<TConsumer, TMessage> : ConsumerEntry
    where TConsumer : class, IConsumer<TMessage>
    where TMessage : class
{
    private readonly Func<TConsumer>? _unscopedFactory;

    /// <param name="registration">The consumer's queue and settings.</param>
    /// <param name="unscopedFactory">
    /// Creates the consumer without a consume scope, for a consumer that needs no services; <see langword="null"/>
    /// for one MassTransit creates in each message's scope, from the container.
    /// </param>
    public ConsumerEntry(ConsumerRegistration registration, Func<TConsumer>? unscopedFactory)
        : base(registration)
    {
        _unscopedFactory = unscopedFactory;
    }

    public override Type ConsumerType => typeof(TConsumer);

    public override Type MessageType => typeof(TMessage);

    // A consumer without a scope is not MassTransit's to create: it is configured on its endpoint with its factory, and
    // left out of the registrations that ConfigureEndpoints would give an endpoint of their own.
    public override void AddConsumer(IRegistrationConfigurator configurator)
    {
        if (_unscopedFactory is null)
        {
            configurator.AddConsumer<TConsumer>();
        }
    }

    public override void Accept(IConsumerEntryVisitor visitor) => visitor.Visit(this);

    public override RoutingKeyBinding? GetBinding(MessagingTopology topology)
    {
        var route = topology.FindRoute<TMessage>();
        if (route is null || RoutingHeaders.BindingKeyOf(route) is null)
        {
            return null;
        }

        // A direct exchange has no catch-all binding: a handler without a pattern binds the empty key, as on a broker.
        return Registration.Binding is { } pattern ? new RoutingKeyBinding(route.ExchangeKind, pattern)
            : route.ExchangeKind == ExchangeKind.Direct ? new RoutingKeyBinding(ExchangeKind.Direct, string.Empty)
            : null;
    }

    public override bool IsPartitioned(MessagingTopology topology) => topology.FindRoute<TMessage>()?.PartitionKey is not null;

    public override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IRegistrationContext context, MessagingTopology topology, bool applyConcurrencyLimit)
    {
        var registration = Registration;
        var route = topology.FindRoute<TMessage>();
        var binding = GetBinding(topology);
        void Configure(IConsumerConfigurator<TConsumer> consumer)
        {
            if (applyConcurrencyLimit && registration.ConcurrencyLimit > 0)
            {
                consumer.ConcurrentMessageLimit = registration.ConcurrencyLimit;
            }

            // The binding first: it decides whether the message is this consumer's at all; retries come after it.
            consumer.Message<TMessage>(message =>
            {
                if (binding is not null)
                {
                    message.UseFilter(new RoutingKeyFilter<TMessage>(RoutingHeaders.BindingKeyOf(route!)!, binding));
                }

                if (registration.Retry is { } retry)
                {
                    message.UseMessageRetry(r => RetryPolicies.Apply(r, retry));
                }
            });
        }

        // [Idempotent]: inside the retry policy (configured on the message above), after the consumer was created in its
        // scope, so each attempt runs under a claim of its own and a transactional store shares the scope's transaction.
        var idempotency = registration.Idempotent ? CreateIdempotencyFilter(context, registration) : null;
        // MassTransit keeps every configure action given for a consumer type and runs them all again each time the type is
        // configured on another endpoint (a partitioned queue's partitions): run this endpoint's once, or the partitions
        // after the first would nest their retry policies and inbox claims (a claim inside a claim of the same message waits
        // for itself).
        var configured = false;
        void ConfigureWithInbox(IConsumerConfigurator<TConsumer> consumer)
        {
            if (configured)
            {
                return;
            }

            configured = true;
            Configure(consumer);
            if (idempotency is not null)
            {
                consumer.ConsumerMessage<TMessage>(message => message.UseFilter(idempotency));
            }
        }

        if (_unscopedFactory is { } factory)
        {
            endpoint.Consumer(factory, ConfigureWithInbox);
        }
        else
        {
            context.ConfigureConsumer<TConsumer>(endpoint, ConfigureWithInbox);
        }
    }

    private static IdempotentConsumeFilter<TConsumer, TMessage> CreateIdempotencyFilter(IServiceProvider services, ConsumerRegistration registration)
    {
        var store = services.GetService<IInboxStore>() ?? throw new InvalidOperationException(
            $"{registration.Handler ?? typeof(TConsumer).Name} is [Idempotent] but no IInboxStore is registered. AddMessaging registers the in-memory " +
            "store; was it removed from the service collection?");
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("Messaging.Inbox") ?? NullLogger.Instance;
        return new IdempotentConsumeFilter<TConsumer, TMessage>(store, registration.Queue, registration.Handler ?? typeof(TConsumer).Name, logger);
    }

    public override void ConfigureDispatcher(IReceiveEndpointConfigurator endpoint, MessagingTopology topology, QueuePlan queue)
    {
        var route = topology.FindRoute<TMessage>();

        // The queue takes a message of the type when any of its consumers of the type would, so it filters only
        // when every one of them has a binding.
        var bindings = new List<RoutingKeyBinding>();
        var takesAll = false;
        foreach (var consumer in queue.Consumers)
        {
            if (consumer.MessageType == typeof(TMessage))
            {
                if (consumer.GetBinding(topology) is { } binding)
                {
                    bindings.Add(binding);
                }
                else
                {
                    takesAll = true;
                }
            }
        }

        var dispatcher = new PartitionDispatcher<TMessage>(
            route?.PartitionKey,
            takesAll || route is null ? null : RoutingHeaders.BindingKeyOf(route),
            [.. bindings],
            queue.PartitionAddresses);
        endpoint.Handler<TMessage>(dispatcher.DispatchAsync);
    }
}
