using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging;

/// <summary>
/// Records which messages each queue has handled, so that an <see cref="IdempotentAttribute">[Idempotent]</see> handler
/// runs at most once per message id and queue. The application registers one store; without one, a bounded in-memory
/// store (<see cref="InMemoryInboxStore"/>) is used.
/// </summary>
/// <remarks>
/// A store hands out a claim per delivery: the handler runs while the claim is held; the claim is completed when the
/// handler succeeded (the message is then recorded as handled) and disposed either way (an uncompleted claim is
/// released, so a retry or a redelivery runs the handler again). While one delivery holds the claim of a message, a
/// duplicate of it waits for the outcome rather than running beside it.
/// </remarks>
public interface IInboxStore
{
    /// <summary>
    /// Claims <paramref name="messageId"/> on <paramref name="queue"/> for the delivery <paramref name="context"/>, or
    /// returns <see langword="null"/> when the queue has already handled the message (a duplicate, to acknowledge without
    /// handling).
    /// </summary>
    /// <param name="queue">The consuming queue.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="context">The delivery, whose services and payloads the store may use (a database transaction).</param>
    /// <param name="cancellationToken">Stops waiting for the claim.</param>
    /// <returns>The claim, or <see langword="null"/> for a message already handled.</returns>
    ValueTask<IInboxClaim?> TryClaimAsync(string queue, Guid messageId, ConsumeContext context, CancellationToken cancellationToken);
}

/// <summary>The claim of one delivery on a message: completed when the handler succeeded, then disposed.</summary>
public interface IInboxClaim : IAsyncDisposable
{
    /// <summary>Records the message as handled by the queue (and, for a transactional store, commits the handler's work with it).</summary>
    /// <param name="cancellationToken">Cancels the recording; the message then counts as not handled.</param>
    /// <returns>A task that completes when the record is durable as far as the store promises.</returns>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
