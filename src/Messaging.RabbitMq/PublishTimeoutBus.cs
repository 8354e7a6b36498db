using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.RabbitMq;

/// <summary>
/// The <see cref="IBus"/> and <see cref="IBusControl"/> the container gives out on RabbitMQ: MassTransit's bus, with every
/// publish and send — on the bus, on the send endpoints it returns, and through the scoped <see cref="IPublishEndpoint"/>
/// and <see cref="ISendEndpointProvider"/> built on it — bounded by <see cref="RabbitMqOptions.PublishTimeout"/>, so that
/// <c>IBus.Publish</c> and <c>IMessagePublisher.PublishAsync</c> fail the same way when the broker stays away.
/// Everything else is MassTransit's bus itself.
/// </summary>
internal sealed class PublishTimeoutBus(IBusControl bus, PublishDeadline deadline) : IBusControl
{
    public Uri Address => bus.Address;

    public IBusTopology Topology => bus.Topology;

    public Task Publish<T>(T message, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => bus.Publish(message, token), typeof(T), cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => bus.Publish(message, publishPipe, token), typeof(T), cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => bus.Publish(message, publishPipe, token), typeof(T), cancellationToken);

    public Task Publish(object message, CancellationToken cancellationToken = default) =>
        Bounded(token => bus.Publish(message, token), message?.GetType(), cancellationToken);

    public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        Bounded(token => bus.Publish(message, publishPipe, token), message?.GetType(), cancellationToken);

    public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) =>
        Bounded(token => bus.Publish(message, messageType, token), messageType, cancellationToken);

    public Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        Bounded(token => bus.Publish(message, messageType, publishPipe, token), messageType, cancellationToken);

    public Task Publish<T>(object values, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => bus.Publish<T>(values, token), typeof(T), cancellationToken);

    public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => bus.Publish<T>(values, publishPipe, token), typeof(T), cancellationToken);

    public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => bus.Publish<T>(values, publishPipe, token), typeof(T), cancellationToken);

    public async Task<ISendEndpoint> GetPublishSendEndpoint<T>()
        where T : class =>
        new PublishTimeoutSendEndpoint(await bus.GetPublishSendEndpoint<T>().ConfigureAwait(false), deadline, $"message type '{typeof(T).Name}'");

    public async Task<ISendEndpoint> GetSendEndpoint(Uri address) =>
        new PublishTimeoutSendEndpoint(await bus.GetSendEndpoint(address).ConfigureAwait(false), deadline, $"to address '{address}'");

    public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => bus.ConnectPublishObserver(observer);

    public ConnectHandle ConnectSendObserver(ISendObserver observer) => bus.ConnectSendObserver(observer);

    public ConnectHandle ConnectConsumePipe<T>(IPipe<ConsumeContext<T>> pipe)
        where T : class =>
        bus.ConnectConsumePipe(pipe);

    public ConnectHandle ConnectConsumePipe<T>(IPipe<ConsumeContext<T>> pipe, ConnectPipeOptions options)
        where T : class =>
        bus.ConnectConsumePipe(pipe, options);

    public ConnectHandle ConnectRequestPipe<T>(Guid requestId, IPipe<ConsumeContext<T>> pipe)
        where T : class =>
        bus.ConnectRequestPipe(requestId, pipe);

    public ConnectHandle ConnectConsumeMessageObserver<T>(IConsumeMessageObserver<T> observer)
        where T : class =>
        bus.ConnectConsumeMessageObserver(observer);

    public ConnectHandle ConnectConsumeObserver(IConsumeObserver observer) => bus.ConnectConsumeObserver(observer);

    public ConnectHandle ConnectReceiveObserver(IReceiveObserver observer) => bus.ConnectReceiveObserver(observer);

    public ConnectHandle ConnectReceiveEndpointObserver(IReceiveEndpointObserver observer) => bus.ConnectReceiveEndpointObserver(observer);

    public HostReceiveEndpointHandle ConnectReceiveEndpoint(IEndpointDefinition definition, IEndpointNameFormatter? endpointNameFormatter = null,
        Action<IReceiveEndpointConfigurator>? configureEndpoint = null) =>
        bus.ConnectReceiveEndpoint(definition, endpointNameFormatter, configureEndpoint);

    public HostReceiveEndpointHandle ConnectReceiveEndpoint(string queueName, Action<IReceiveEndpointConfigurator>? configureEndpoint = null) =>
        bus.ConnectReceiveEndpoint(queueName, configureEndpoint);

    public ConnectHandle ConnectEndpointConfigurationObserver(IEndpointConfigurationObserver observer) =>
        bus.ConnectEndpointConfigurationObserver(observer);

    public void Probe(ProbeContext context) => bus.Probe(context);

    public Task<BusHandle> StartAsync(CancellationToken cancellationToken = default) => bus.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => bus.StopAsync(cancellationToken);

    public BusHealthResult CheckHealth() => bus.CheckHealth();

    private Task Bounded(Func<CancellationToken, Task> publish, Type? messageType, CancellationToken cancellationToken) =>
        deadline.Enabled
            ? deadline.RunAsync(publish, () => $"message type '{messageType?.Name}'", cancellationToken)
            : publish(cancellationToken);
}
