using System;

namespace Messaging;

/// <summary>
/// A message written to an outbox: published later, after the transaction that wrote it committed, under its original
/// ids. Made by <see cref="OutboxMessageCodec.Create{T}"/>; stored by an outbox (<c>Messaging.Postgres</c>).
/// </summary>
/// <param name="MessageId">The message id it is published with, every time it is relayed: consumers recognise a relay repeated after a crash.</param>
/// <param name="MessageType">The message type's URN (<c>urn:message:Shop.Contracts:OrderPlaced</c>), which names its formatter and route.</param>
/// <param name="Body">The message as the generated formatter writes it (a MessagePack array).</param>
/// <param name="CorrelationId">The correlation id, or <see langword="null"/>.</param>
/// <param name="ConversationId">The conversation id, or <see langword="null"/> to start a conversation named by the message id.</param>
public sealed record OutboxMessage(Guid MessageId, string MessageType, byte[] Body, Guid? CorrelationId, Guid? ConversationId);
