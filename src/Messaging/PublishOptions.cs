using System;

namespace Messaging;

/// <summary>
/// What a caller fixes of a message's metadata when publishing it with
/// <see cref="IMessagePublisher.PublishAsync{T}(T, PublishOptions, System.Threading.CancellationToken)"/>. A
/// <see langword="null"/> value means what a publish without options does.
/// </summary>
/// <remarks>
/// Fix <see cref="MessageId"/> to make a publish safe to retry: after an ambiguous failure (a timeout, a connection lost
/// before the broker's confirm) the caller publishes again with the same id, and a handler that de-duplicates by
/// message id recognises the second copy. Keep the id with whatever the message stands for (an outbox row, an order),
/// not in a local variable of the retry loop's caller.
/// </remarks>
/// <example><code>
/// var options = new PublishOptions { MessageId = order.PublicationId };
/// await publisher.PublishAsync(new OrderPlaced(order.Id, order.Total), options);   // again with the same options on failure
/// </code></example>
public sealed record PublishOptions
{
    /// <summary>
    /// The message's id (AMQP <c>message_id</c>, <c>ConsumeContext.MessageId</c>); <see langword="null"/> for a fresh
    /// <c>NewId</c>. Must not be <see cref="Guid.Empty"/>.
    /// </summary>
    public Guid? MessageId { get; init; }

    /// <summary>
    /// The correlation id (AMQP <c>correlation_id</c>, <c>ConsumeContext.CorrelationId</c>); <see langword="null"/> for
    /// none, or what the bus would set (on the in-memory transport, the message's <c>CorrelatedBy</c> id, if any).
    /// </summary>
    public Guid? CorrelationId { get; init; }

    /// <summary>
    /// The conversation the message belongs to (<c>ConsumeContext.ConversationId</c>); <see langword="null"/> to start one,
    /// named by the message id.
    /// </summary>
    public Guid? ConversationId { get; init; }

    /// <summary>Options that fix nothing: the same as publishing without options.</summary>
    public static PublishOptions None { get; } = new();

    /// <summary>Checks the ids, naming the one that is wrong.</summary>
    /// <exception cref="ArgumentException">An id is <see cref="Guid.Empty"/>.</exception>
    internal void Validate()
    {
        if (MessageId == Guid.Empty)
        {
            throw new ArgumentException("PublishOptions.MessageId is Guid.Empty: give each message an id of its own (NewId.NextGuid(), or the id stored with it), or leave it null for a fresh one.", "options");
        }

        if (CorrelationId == Guid.Empty)
        {
            throw new ArgumentException("PublishOptions.CorrelationId is Guid.Empty: pass the id of what the message is about, or leave it null.", "options");
        }

        if (ConversationId == Guid.Empty)
        {
            throw new ArgumentException("PublishOptions.ConversationId is Guid.Empty: pass the conversation's id, or leave it null to start one.", "options");
        }
    }
}
