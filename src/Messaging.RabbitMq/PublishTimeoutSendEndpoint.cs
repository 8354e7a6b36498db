using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.RabbitMq;

/// <summary>A MassTransit send endpoint whose sends are bounded by <see cref="RabbitMqOptions.PublishTimeout"/> (see <see cref="PublishTimeoutBus"/>).</summary>
internal sealed class PublishTimeoutSendEndpoint(ISendEndpoint endpoint, PublishDeadline deadline, string destination) : ISendEndpoint
{
    public ConnectHandle ConnectSendObserver(ISendObserver observer) => endpoint.ConnectSendObserver(observer);

    public Task Send<T>(T message, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => endpoint.Send(message, token), cancellationToken);

    public Task Send<T>(T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => endpoint.Send(message, pipe, token), cancellationToken);

    public Task Send<T>(T message, IPipe<SendContext> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => endpoint.Send(message, pipe, token), cancellationToken);

    public Task Send(object message, CancellationToken cancellationToken = default) =>
        Bounded(token => endpoint.Send(message, token), cancellationToken);

    public Task Send(object message, Type messageType, CancellationToken cancellationToken = default) =>
        Bounded(token => endpoint.Send(message, messageType, token), cancellationToken);

    public Task Send(object message, IPipe<SendContext> pipe, CancellationToken cancellationToken = default) =>
        Bounded(token => endpoint.Send(message, pipe, token), cancellationToken);

    public Task Send(object message, Type messageType, IPipe<SendContext> pipe, CancellationToken cancellationToken = default) =>
        Bounded(token => endpoint.Send(message, messageType, pipe, token), cancellationToken);

    public Task Send<T>(object values, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => endpoint.Send<T>(values, token), cancellationToken);

    public Task Send<T>(object values, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => endpoint.Send<T>(values, pipe, token), cancellationToken);

    public Task Send<T>(object values, IPipe<SendContext> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        Bounded(token => endpoint.Send<T>(values, pipe, token), cancellationToken);

    private Task Bounded(Func<CancellationToken, Task> send, CancellationToken cancellationToken) =>
        deadline.Enabled ? deadline.RunAsync(send, () => destination, cancellationToken) : send(cancellationToken);
}
