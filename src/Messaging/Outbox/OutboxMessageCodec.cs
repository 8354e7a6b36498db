using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging;

/// <summary>
/// Turns registered messages into <see cref="OutboxMessage"/>s, and publishes stored ones on the bus under their original
/// ids — the two halves an outbox needs, without reflection: each type's formatter and publish are the closures its
/// generated registration captured. Registered by <c>AddMessaging</c>.
/// </summary>
public sealed class OutboxMessageCodec
{
    private readonly MessagingBuilder _builder;
    private readonly IServiceProvider _services;
    private Dictionary<string, MessageRegistration>? _byUrn;

    internal OutboxMessageCodec(MessagingBuilder builder, IServiceProvider services)
    {
        _builder = builder;
        _services = services;
    }

    /// <summary>Serializes <paramref name="message"/> for an outbox.</summary>
    /// <typeparam name="T">A message type registered on the bus (a generated <c>[Message]</c> record).</typeparam>
    /// <param name="message">The message.</param>
    /// <param name="messageId">Its message id; <see langword="null"/> for a new one.</param>
    /// <param name="correlationId">Its correlation id, or <see langword="null"/>.</param>
    /// <param name="conversationId">Its conversation id, or <see langword="null"/>.</param>
    /// <returns>The message as an outbox stores it.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not registered on the bus.</exception>
    public OutboxMessage Create<T>(T message, Guid? messageId = null, Guid? correlationId = null, Guid? conversationId = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var registration = ByType(typeof(T)) ?? throw MessagePublisherErrors.NotRegistered(typeof(T));
        return new OutboxMessage(messageId ?? NewId.NextGuid(), registration.MessageUrn, WireSerializer.Serialize(message), correlationId, conversationId);
    }

    /// <summary>
    /// Publishes a stored message with <see cref="IMessagePublisher"/> under its stored ids (<see cref="PublishOptions"/>),
    /// and completes when the transport has taken it (on RabbitMQ: confirmed by the broker, retried through a lost
    /// connection up to <c>PublishTimeout</c>).
    /// </summary>
    /// <param name="message">The stored message.</param>
    /// <param name="cancellationToken">Cancels the publish; the message may still have been published.</param>
    /// <returns>A task that completes when the message is published.</returns>
    /// <exception cref="UnpublishableMessageException">The message type is not registered on this bus, or the body does not deserialize.</exception>
    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!ByUrn().TryGetValue(message.MessageType, out var registration))
        {
            throw new UnpublishableMessageException(
                $"Outbox message {message.MessageId} has type {message.MessageType}, which no AddXxx() registered on this bus. " +
                "Register the assembly that declares it, or remove the row from the outbox.");
        }

        return registration.PublishStoredAsync(_services.GetRequiredService<IMessagePublisher>(), message, cancellationToken);
    }

    private MessageRegistration? ByType(Type type)
    {
        foreach (var registration in _builder.Messages)
        {
            if (registration.MessageType == type)
            {
                return registration;
            }
        }

        return null;
    }

    private Dictionary<string, MessageRegistration> ByUrn()
    {
        if (_byUrn is { } byUrn)
        {
            return byUrn;
        }

        byUrn = new Dictionary<string, MessageRegistration>(StringComparer.Ordinal);
        foreach (var registration in _builder.Messages)
        {
            byUrn.TryAdd(registration.MessageUrn, registration);
        }

        return _byUrn = byUrn;
    }
}
