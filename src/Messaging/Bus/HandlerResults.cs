using System;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging;

/// <summary>What generated consumers do with the message a handler returns.</summary>
public static class HandlerResults
{
    /// <summary>
    /// Responds with <paramref name="result"/> when the consumed message was a request (it carries a request id and a
    /// response address), and publishes it otherwise (cascading). A <see langword="null"/> result is neither.
    /// </summary>
    public static Task RespondOrPublishAsync<TResult>(ConsumeContext context, TResult? result)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (result is null)
        {
            return Task.CompletedTask;
        }

        // MassTransit publishes a response that has no response address; respond only to real requests. A response goes
        // at once (its requester is waiting); a cascaded publish joins the delivery's transactional outbox when it runs
        // in one, so it is published only if the handler's transaction commits.
        if (context.RequestId.HasValue && context.ResponseAddress is not null)
        {
            return context.RespondAsync(result);
        }

        return context.TryGetPayload<IConsumeOutbox>(out var outbox)
            ? outbox.PublishAsync(result, context.CancellationToken)
            : context.Publish(result, context.CancellationToken);
    }
}
