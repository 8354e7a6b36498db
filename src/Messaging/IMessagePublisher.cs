using System;
using System.Threading;
using System.Threading.Tasks;

namespace Messaging;

/// <summary>
/// Publishes generated messages (<c>[Message]</c> records registered with <c>AddMessaging</c>) to every queue whose
/// handlers consume them — the fast path for code outside a handler that publishes a lot: an API taking orders, an
/// importer, a bridge from another system.
/// </summary>
/// <remarks>
/// <para>
/// On RabbitMQ (<c>UseRabbitMq</c>) a publish goes straight to the broker on a connection of its own, with publisher
/// confirms, instead of through MassTransit's send pipeline, whose client CPU it saves (some 15–20% of a publish and
/// its handling in the benchmark). The message on the wire is the one <c>IBus.Publish</c> sends — same exchange, routing key,
/// routing and partition headers, body, content type, message id and trace — so handlers cannot tell the two apart,
/// except that <c>ConsumeContext.SourceAddress</c> is not set and the conversation id is the message id (the message
/// starts a conversation, and the id it already carries names it). What it skips is MassTransit's send
/// middleware: send and publish observers, filters and publish-topology settings configured on the bus, the outbox,
/// the exchanges of interfaces a message type implements, and MassTransit's retry of a send while the connection is
/// being re-established (it has its own: a publish while the connection is down is sent again, with the same message id,
/// until <c>RabbitMqOptions.PublishTimeout</c>). Use <c>IBus.Publish</c>
/// (or <c>ConsumeContext.Publish</c> inside a handler, which also carries the conversation on) where you need those.
/// </para>
/// <para>
/// On the in-memory transport (<c>UseInMemory</c>) it is <c>IBus.Publish</c>, so code and tests do not change with
/// the transport. One difference remains: in memory a message published before the bus started is delivered once it
/// has; on RabbitMQ, as with <c>IBus.Publish</c>, it is dropped when no handler's queue is bound to its exchange yet.
/// </para>
/// </remarks>
public interface IMessagePublisher
{
    /// <summary>
    /// Publishes <paramref name="message"/> to its exchange; completes when the broker has confirmed it (taken
    /// responsibility for it), and throws if the broker refuses it or cannot be reached.
    /// </summary>
    /// <typeparam name="T">A message type registered on the bus (a generated <c>[Message]</c> record).</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Stops waiting; the message may still have been published.</param>
    /// <returns>A task that completes when the message is published.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a message type registered on the bus.</exception>
    Task PublishAsync<T>(T message, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>
    /// Publishes <paramref name="message"/> with the ids <paramref name="options"/> fixes — above all its message id, so a
    /// publish retried after an ambiguous failure (a timeout, a lost confirm) is a copy a handler can recognise; completes
    /// when the broker has confirmed it, and throws if the broker refuses it or cannot be reached.
    /// </summary>
    /// <typeparam name="T">A message type registered on the bus (a generated <c>[Message]</c> record).</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="options">The message, correlation and conversation ids to give the message; <see langword="null"/> ones as without options.</param>
    /// <param name="cancellationToken">Stops waiting; the message may still have been published.</param>
    /// <returns>A task that completes when the message is published.</returns>
    /// <exception cref="ArgumentException">
    /// <typeparamref name="T"/> is not a message type registered on the bus, or an id in <paramref name="options"/> is <see cref="Guid.Empty"/>.
    /// </exception>
    Task PublishAsync<T>(T message, PublishOptions options, CancellationToken cancellationToken = default)
        where T : class;
}
