using System.Threading.Tasks;
using MassTransit;
using MassTransit.Context;

namespace Messaging;

/// <summary>
/// The consume context an <see cref="IdempotentAttribute">[Idempotent]</see> handler gets when its delivery runs in a
/// transactional outbox (<see cref="IConsumeOutbox"/>): what it publishes through the context — <c>context.Publish(…)</c>,
/// with or without a callback that sets the ids — is written to the outbox in the handler's transaction, like a returned
/// message, instead of going to the broker at once. Every publish overload of MassTransit's consume context reaches
/// the transport through <c>GetPublishSendEndpoint</c>, which this context answers with the outbox.
/// </summary>
internal sealed class OutboxConsumeContext<TConsumer, TMessage>(ConsumerConsumeContext<TConsumer, TMessage> context, IConsumeOutbox outbox)
    : ConsumerConsumeContextScope<TConsumer, TMessage>(context, context.Consumer)
    where TConsumer : class
    where TMessage : class
{
    protected override Task<ISendEndpoint> GetPublishSendEndpoint<T>() =>
        Task.FromResult<ISendEndpoint>(new OutboxPublishEndpoint(outbox, context));
}
