using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Context;

namespace Messaging;

/// <summary>
/// The send endpoint behind a publish made through an <see cref="OutboxConsumeContext{TConsumer, TMessage}"/>: it runs
/// the publish's callbacks on a send context of its own, so that the message, correlation and conversation ids they set
/// (and the conversation the consumed message belongs to) are kept, and writes the message to the outbox under them.
/// Other headers a callback sets are not stored by the outbox.
/// </summary>
internal sealed class OutboxPublishEndpoint(IConsumeOutbox outbox, ConsumeContext consumed) : ISendEndpoint
{
    public ConnectHandle ConnectSendObserver(ISendObserver observer) => throw NotSupported("observing its sends");

    public Task Send<T>(T message, CancellationToken cancellationToken = default)
        where T : class =>
        WriteWithPipeAsync(message, pipe: null, cancellationToken);

    public Task Send<T>(T message, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        WriteWithPipeAsync(message, pipe, cancellationToken);

    public Task Send<T>(T message, IPipe<SendContext> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        WriteWithUntypedPipeAsync(message, pipe, cancellationToken);

    public Task Send(object message, CancellationToken cancellationToken = default) => throw NotSupported("an untyped message");

    public Task Send(object message, Type messageType, CancellationToken cancellationToken = default) => throw NotSupported("an untyped message");

    public Task Send(object message, IPipe<SendContext> pipe, CancellationToken cancellationToken = default) => throw NotSupported("an untyped message");

    public Task Send(object message, Type messageType, IPipe<SendContext> pipe, CancellationToken cancellationToken = default) =>
        throw NotSupported("an untyped message");

    public Task Send<T>(object values, CancellationToken cancellationToken = default)
        where T : class =>
        throw NotSupported("a message built from an object of values");

    public Task Send<T>(object values, IPipe<SendContext<T>> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        throw NotSupported("a message built from an object of values");

    public Task Send<T>(object values, IPipe<SendContext> pipe, CancellationToken cancellationToken = default)
        where T : class =>
        throw NotSupported("a message built from an object of values");

    private async Task WriteWithPipeAsync<T>(T message, IPipe<SendContext<T>>? pipe, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var sendContext = NewSendContext(message, cancellationToken);
        if (pipe is not null)
        {
            await pipe.Send(sendContext).ConfigureAwait(false);
        }

        await WriteAsync(message, sendContext, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteWithUntypedPipeAsync<T>(T message, IPipe<SendContext> pipe, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var sendContext = NewSendContext(message, cancellationToken);
        await pipe.Send(sendContext).ConfigureAwait(false);
        await WriteAsync(message, sendContext, cancellationToken).ConfigureAwait(false);
    }

    // A published message belongs to the consumed one's conversation, as MassTransit's own publish from a handler does.
    private MessageSendContext<T> NewSendContext<T>(T message, CancellationToken cancellationToken)
        where T : class =>
        new(message, cancellationToken)
        {
            MessageId = NewId.NextGuid(),
            ConversationId = consumed.ConversationId ?? consumed.MessageId,
            InitiatorId = consumed.MessageId,
        };

    private Task WriteAsync<T>(T message, MessageSendContext<T> sent, CancellationToken cancellationToken)
        where T : class =>
        outbox.PublishAsync(message, new PublishOptions
        {
            MessageId = sent.MessageId,
            CorrelationId = sent.CorrelationId,
            ConversationId = sent.ConversationId,
        }, cancellationToken);

    private static NotSupportedException NotSupported(string what) =>
        new($"Publishing {what} through the ConsumeContext of an [Idempotent] handler whose delivery runs in a transactional outbox " +
            "is not supported: publish an instance of the message type (context.Publish(new OrderShipped(...))), or return it.");
}
