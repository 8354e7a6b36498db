using System;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Messaging.Inbox;

/// <summary>
/// Runs an <see cref="IdempotentAttribute">[Idempotent]</see> handler's consumer under an inbox claim: a message its
/// queue has already handled is acknowledged without calling the consumer; otherwise the consumer runs and the claim is
/// completed only when it succeeded. Runs inside the retry policy, so each attempt has a claim (and, with a
/// transactional store, a transaction) of its own.
/// </summary>
internal sealed class IdempotentConsumeFilter<TConsumer, TMessage>(IInboxStore store, string queue, string handler, ILogger logger)
    : IFilter<ConsumerConsumeContext<TConsumer, TMessage>>
    where TConsumer : class
    where TMessage : class
{
    private bool _warnedMissingId;

    public async Task Send(ConsumerConsumeContext<TConsumer, TMessage> context, IPipe<ConsumerConsumeContext<TConsumer, TMessage>> next)
    {
        if (context.MessageId is not { } messageId)
        {
            if (!_warnedMissingId)
            {
                _warnedMissingId = true;
                InboxLog.MissingMessageId(logger, handler, queue);
            }

            await next.Send(context).ConfigureAwait(false);
            return;
        }

        var claim = await store.TryClaimAsync(queue, messageId, context, context.CancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            InboxLog.SkippedDuplicate(logger, messageId, queue, handler);
            return;
        }

        await using (claim.ConfigureAwait(false))
        {
            // A transactional inbox runs the delivery in an outbox: the handler's publishes through its context join it.
            await next.Send(context.TryGetPayload<IConsumeOutbox>(out var outbox) ? new OutboxConsumeContext<TConsumer, TMessage>(context, outbox) : context)
                .ConfigureAwait(false);
            await claim.CompleteAsync(context.CancellationToken).ConfigureAwait(false);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("idempotent").Add("queue", queue);
}
