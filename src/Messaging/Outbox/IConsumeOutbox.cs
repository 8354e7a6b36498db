using System.Threading;
using System.Threading.Tasks;

namespace Messaging;

/// <summary>
/// A transactional outbox that a handler's delivery runs in (a payload on its <c>ConsumeContext</c>, added by a
/// transactional inbox such as the PostgreSQL one): messages a handler returns, and messages it publishes through its
/// <c>ConsumeContext</c>, are written to it, in the handler's transaction, instead of being published at once.
/// </summary>
public interface IConsumeOutbox
{
    /// <summary>Writes <paramref name="message"/> to the outbox in the delivery's transaction; it is published after the commit.</summary>
    /// <typeparam name="T">A registered message type.</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the message is written (not yet published).</returns>
    Task PublishAsync<T>(T message, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Writes <paramref name="message"/> to the outbox in the delivery's transaction under the ids
    /// <paramref name="options"/> fixes (a new message id when it fixes none); it is published after the commit.
    /// </summary>
    /// <typeparam name="T">A registered message type.</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="options">Its message, correlation and conversation ids.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the message is written (not yet published).</returns>
    Task PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken)
        where T : class;
}
