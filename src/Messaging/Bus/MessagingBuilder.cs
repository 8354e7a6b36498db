using System;
using System.Collections.Generic;
using MassTransit;
using Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Messaging;

/// <summary>
/// Collects the messages and consumers of every assembly added with the generated <c>Add{Assembly}()</c> extensions,
/// then wires them onto a transport (<c>UseInMemory()</c>, <c>UseRabbitMq(...)</c>).
/// </summary>
/// <remarks>
/// Every registration is captured as a closure over its generic arguments when the generated code calls
/// <see cref="AddMessage{T}"/> or one of the <c>AddConsumer</c> overloads, so wiring the bus never needs
/// run-time type construction or assembly scanning.
/// </remarks>
public sealed class MessagingBuilder
{
    private readonly Dictionary<Type, MessageRegistration> _messages = [];
    private readonly List<ConsumerEntry> _consumers = [];
    private readonly HashSet<Type> _consumerTypes = [];
    private readonly Dictionary<Type, HandlerClassEntry> _handlerClasses = [];

    /// <summary>Creates a builder over <paramref name="services"/>.</summary>
    public MessagingBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
        // [Idempotent] handlers remember handled message ids here unless the application registers another store
        // (Messaging.Postgres, Messaging.Redis, its own), before or after this.
        services.TryAddSingleton<IInboxStore>(static _ => new InMemoryInboxStore());
        services.TryAddSingleton(provider => new OutboxMessageCodec(this, provider));
    }

    /// <summary>The service collection the bus and its handlers are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Whether building the bus checks that every service the handlers cannot run without is registered — their
    /// non-nullable method parameters, and the constructor parameters of handler classes built by the generated
    /// factory — and throws an <see cref="InvalidOperationException"/> naming each one that is not (default
    /// <see langword="true"/>). Read when the bus is built; turn it off only for a host that deliberately registers the
    /// services of some handlers, such as a test of a few of them.
    /// </summary>
    public bool ValidateServicesOnStart { get; set; } = true;

    /// <summary>The registered message types, in registration order.</summary>
    internal IReadOnlyCollection<MessageRegistration> Messages => _messages.Values;

    /// <summary>The registered consumers, in registration order.</summary>
    internal IReadOnlyList<ConsumerEntry> Consumers => _consumers;

    /// <summary>
    /// Registers a message type and its route. Registering the same type again (two assemblies that both use it)
    /// merges the consuming queues; if the two routes name different send queues, <c>Send</c> without an address
    /// gets no destination for the type.
    /// </summary>
    public MessagingBuilder AddMessage<T>(MessageRoute<T> route)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(route);
        if (_messages.TryGetValue(typeof(T), out var existing))
        {
            ((MessageRegistration<T>)existing).Merge(route);
            return this;
        }

        _messages.Add(typeof(T), new MessageRegistration<T>(route));
        return this;
    }

    /// <summary>
    /// Registers a generated consumer of <typeparamref name="TMessage"/>, created by <paramref name="factory"/> in each
    /// consume scope. Registering the same consumer type again (an assembly added twice) changes nothing.
    /// </summary>
    public MessagingBuilder AddConsumer<TConsumer, TMessage>(ConsumerRegistration registration, Func<IServiceProvider, TConsumer> factory)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_consumerTypes.Add(typeof(TConsumer)))
        {
            return this;
        }

        // Registered before AddMassTransit, whose own TryAddScoped<TConsumer>() then leaves ours in place, so the
        // consumer is built by the generated factory rather than by the container's reflection.
        Services.AddScoped(factory);
        _consumers.Add(new ConsumerEntry<TConsumer, TMessage>(registration, unscopedFactory: null));
        return this;
    }

    /// <summary>
    /// Registers a generated consumer of <typeparamref name="TMessage"/> that needs no services — the consumer of a
    /// static handler whose parameters are the message, its <c>ConsumeContext</c> and a <c>CancellationToken</c> —
    /// created by <paramref name="factory"/> for each message without a consume scope, so no container scope is built
    /// and disposed per message. Registering the same consumer type again changes nothing.
    /// </summary>
    public MessagingBuilder AddConsumer<TConsumer, TMessage>(ConsumerRegistration registration, Func<TConsumer> factory)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(factory);
        if (_consumerTypes.Add(typeof(TConsumer)))
        {
            _consumers.Add(new ConsumerEntry<TConsumer, TMessage>(registration, factory));
        }

        return this;
    }

    /// <summary>
    /// Registers a class of instance handlers, created by <paramref name="factory"/> once per consume scope — unless the
    /// application registered the class itself, whose registration then wins (it is added with <c>TryAdd</c>).
    /// <paramref name="requiredServices"/> are the services <paramref name="factory"/> cannot do without; when the bus
    /// starts and the factory is still the class's registration, each must be registered. Registering the same class
    /// again (an assembly added twice) changes nothing.
    /// </summary>
    public MessagingBuilder AddHandlerClass<THandler>(Func<IServiceProvider, THandler> factory, params Type[] requiredServices)
        where THandler : class =>
        AddHandlerClass(factory, requiredServices, []);

    /// <summary>
    /// Registers a class of instance handlers as <see cref="AddHandlerClass{THandler}(Func{IServiceProvider, THandler}, Type[])"/>
    /// does, for a constructor that also takes keyed services (<c>[FromKeyedServices(key)]</c>):
    /// <paramref name="requiredKeyedServices"/> are checked when the bus starts like <paramref name="requiredServices"/>.
    /// </summary>
    public MessagingBuilder AddHandlerClass<THandler>(Func<IServiceProvider, THandler> factory, Type[] requiredServices, KeyedServiceRequirement[] requiredKeyedServices)
        where THandler : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(requiredServices);
        ArgumentNullException.ThrowIfNull(requiredKeyedServices);
        if (_handlerClasses.TryAdd(typeof(THandler), new HandlerClassEntry(typeof(THandler), factory, requiredServices, requiredKeyedServices)))
        {
            Services.TryAddScoped(factory);
        }

        return this;
    }

    /// <summary>What the registered handlers need from the container, for a transport to check before its bus starts.</summary>
    internal ServiceRequirements BuildServiceRequirements() => new(this, [.. _handlerClasses.Values], [.. _consumers]);

    /// <summary>A snapshot of the registrations, for a transport to apply to its bus.</summary>
    internal MessagingTopology BuildTopology() => new(_messages.Values, _consumers);
}
