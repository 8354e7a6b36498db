using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging;

/// <summary>A request that completes or fails within its timeout, whatever the broker does meanwhile.</summary>
public static class RequestClientExtensions
{
    /// <summary>
    /// Sends <paramref name="request"/> and waits for its <typeparamref name="TResponse"/>, for <paramref name="timeout"/>
    /// at most from this call — the send included. MassTransit's own <c>GetResponse</c> starts its timeout only once the
    /// request is sent, so while the broker is away (a restart, a lost connection) the send's retries come on top of it;
    /// here the timeout also stops those.
    /// </summary>
    /// <typeparam name="TRequest">The request message type.</typeparam>
    /// <typeparam name="TResponse">The response message type.</typeparam>
    /// <param name="client">The request client.</param>
    /// <param name="request">The request.</param>
    /// <param name="timeout">How long to wait for the response, from this call; positive.</param>
    /// <param name="cancellationToken">Stops waiting earlier (then <see cref="OperationCanceledException"/>).</param>
    /// <returns>The response.</returns>
    /// <exception cref="RequestTimeoutException">No response within <paramref name="timeout"/>; the request may still be handled.</exception>
    /// <exception cref="RequestFaultException">The handler failed.</exception>
    /// <example><code>var quote = await client.GetResponseWithinAsync&lt;GetQuote, Quote&gt;(new GetQuote(id, sku), TimeSpan.FromSeconds(5));</code></example>
    public static async Task<Response<TResponse>> GetResponseWithinAsync<TRequest, TResponse>(this IRequestClient<TRequest> client, TRequest request,
        TimeSpan timeout, CancellationToken cancellationToken = default)
        where TRequest : class
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        // The token stops MassTransit's work (the send's retries, the wait for the response); the bounded wait returns
        // at the deadline even if some part of it does not watch the token.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var response = client.GetResponse<TResponse>(request, deadline.Token, RequestTimeout.After(ms: (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)));
        try
        {
            return await response.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is TimeoutException or OperationCanceledException)
        {
            // Whatever MassTransit does later with the abandoned attempt is of no interest to the caller.
            _ = response.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new RequestDeadlineException(
                $"{TypeDisplay.Name(typeof(TRequest))}: no {TypeDisplay.Name(typeof(TResponse))} within {timeout} (the send included). " +
                "The handler may be slow or down, or the broker unreachable; the request may still be handled, so make handlers of retried requests idempotent.",
                exception);
        }
    }

    /// <summary>MassTransit's <see cref="RequestTimeoutException"/> (what callers catch), with a message that says what timed out.</summary>
    private sealed class RequestDeadlineException(string message, Exception innerException) : RequestTimeoutException(string.Empty, innerException)
    {
        public override string Message => message;
    }
}
