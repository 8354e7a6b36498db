using System;
using System.Linq;
using MassTransit;
using Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Messaging.RabbitMq;

/// <summary>Runs the registered handlers on RabbitMQ, with the route table applied as broker topology.</summary>
public static class MessagingRabbitMqExtensions
{
    /// <summary>
    /// Adds a MassTransit bus on RabbitMQ, connected as <paramref name="configureOptions"/> sets, with every message and
    /// handler registered on <paramref name="builder"/> declared as exchanges, queues and bindings. See
    /// <c>docs/guides/rabbitmq.md</c> for the mapping.
    /// </summary>
    /// <param name="builder">The builder with the generated registrations.</param>
    /// <param name="configureOptions">Sets the connection options; <see langword="null"/> for <c>guest@localhost:5672</c>.</param>
    /// <param name="configure">
    /// Further bus configuration, applied after the serializers and topology and before the handler endpoints.
    /// </param>
    /// <returns>The builder.</returns>
    /// <example><code>services.AddMessaging(bus =&gt; bus.AddShopBilling()).UseRabbitMq(o =&gt; o.Host = "rabbit");</code></example>
    public static MessagingBuilder UseRabbitMq(this MessagingBuilder builder, Action<RabbitMqOptions>? configureOptions = null,
        Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RabbitMqOptions();
        configureOptions?.Invoke(options);
        return UseRabbitMq(builder, options, configure);
    }

    /// <summary>
    /// Adds a MassTransit bus on RabbitMQ with the connection read from <paramref name="configuration"/> (a section
    /// such as <c>RabbitMq</c>, keys named after <see cref="RabbitMqOptions"/>' properties: <c>Host</c>, <c>Port</c>,
    /// <c>VirtualHost</c>, <c>UserName</c>, <c>Password</c>, <c>Tls:Enabled</c>, …; the environment variable
    /// <c>RabbitMq__Host</c> sets <c>RabbitMq:Host</c>).
    /// </summary>
    /// <param name="builder">The builder with the generated registrations.</param>
    /// <param name="configuration">The configuration section with the connection settings.</param>
    /// <param name="configure">
    /// Further bus configuration, applied after the serializers and topology and before the handler endpoints.
    /// </param>
    /// <returns>The builder.</returns>
    /// <exception cref="FormatException">A setting does not parse; the message names its key.</exception>
    /// <example><code>services.AddMessaging(bus =&gt; bus.AddShopBilling()).UseRabbitMq(configuration.GetSection("RabbitMq"));</code></example>
    public static MessagingBuilder UseRabbitMq(this MessagingBuilder builder, IConfiguration configuration,
        Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return UseRabbitMq(builder, RabbitMqConfiguration.Read(configuration), configure);
    }

    private static MessagingBuilder UseRabbitMq(MessagingBuilder builder, RabbitMqOptions options, Action<IRabbitMqBusFactoryConfigurator>? configure)
    {
        options.Validate();
        // The host address MassTransit gives the bus for these settings (ConfigurationHostSettings.HostAddress).
        var hostAddress = (Uri)new RabbitMqHostAddress(options.Host, options.EffectivePort, options.VirtualHost);
        var topology = new RabbitMqTopology(builder.BuildTopology(), options.MaxDeliveries, hostAddress);
        var requirements = builder.BuildServiceRequirements();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IMessagePublisher>(services => new RabbitMqMessagePublisher(options, topology.Messaging,
            services.GetService<ILoggerFactory>()?.CreateLogger("Messaging.RabbitMq.MessagePublisher")));
        // The host's start returns once every endpoint has declared its queue and bindings: a message published
        // earlier would reach an exchange with no bindings yet, and RabbitMQ drops it.
        // A start that cannot finish fails within StartTimeout (BrokerStartCheck says why) rather than waiting forever.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout ??= options.StartTimeout;
        });
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            topology.Messaging.AddConsumers(bus);
            bus.UsingRabbitMq((context, transport) =>
            {
                requirements.Verify(context);
                transport.Host(options.Host, checked((ushort)options.EffectivePort), options.VirtualHost, options.ConnectionName ?? string.Empty, host =>
                {
                    host.Username(options.UserName);
                    host.Password(options.Password);
                    // A publish or send completes only once the broker has taken responsibility for the message.
                    host.PublisherConfirmation = true;
                    // Above anything the broker accepts, so no message can drop the connection; MaxMessageSize is checked
                    // by the serializer, which moves a message over it to the error queue.
                    host.MaxMessageSize(RabbitMqConnections.InboundMessageBodyLimit);
                    if (options.Hosts.Count > 0)
                    {
                        // The nodes in order: MassTransit connects to the first that answers, and to the next when it goes.
                        host.UseCluster(cluster =>
                        {
                            foreach (var (node, port) in options.Endpoints())
                            {
                                cluster.Node($"{node}:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                            }
                        });
                    }
                    if (options.Tls.Enabled)
                    {
                        host.UseSsl(ssl => RabbitMqTls.Configure(ssl, options));
                    }
                });

                transport.ConnectBusObserver(new BrokerStartCheck(options));
                topology.ConfigureBus(transport, new MessageSizeLimit(options.MaxMessageSize, "RabbitMqOptions.MaxMessageSize"));
                configure?.Invoke(transport);
                topology.ConfigureReceiveEndpoints(context, transport);
            });
        });

        // IBus.Publish fails at PublishTimeout as IMessagePublisher does: the container's bus bounds every publish and send.
        var massTransitBus = builder.Services.Last(d => d.ServiceType == typeof(IBusControl));
        builder.Services.Replace(ServiceDescriptor.Singleton<IBusControl>(services => new PublishTimeoutBus(
            (IBusControl)massTransitBus.ImplementationFactory!(services),
            new PublishDeadline(options, services.GetService<ILoggerFactory>() is { } loggers ? RetriedSendLogging.Create(loggers) : null))));
        builder.Services.Replace(ServiceDescriptor.Singleton<IBus>(services => services.GetRequiredService<IBusControl>()));
        return builder;
    }
}
