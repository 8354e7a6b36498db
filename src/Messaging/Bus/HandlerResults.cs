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

        // MassTransit publishes a response that has no response address; respond only to real requests.
        return context.RequestId.HasValue && context.ResponseAddress is not null
            ? context.RespondAsync(result)
            : context.Publish(result, context.CancellationToken);
    }
}
