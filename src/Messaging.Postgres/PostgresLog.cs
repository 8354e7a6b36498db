using System;
using Microsoft.Extensions.Logging;

namespace Messaging.Postgres;

/// <summary>What the PostgreSQL inbox and outbox log (category <c>Messaging.Postgres</c>).</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "The outbox relay failed and tries again in {Delay}: {Reason}")]
    public static partial void RelayFailed(ILogger logger, TimeSpan delay, string reason, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error,
        Message = "Outbox message {MessageId} ({MessageType}) cannot be published and is set aside (failed_at, error): {Reason}")]
    public static partial void MessageSetAside(ILogger logger, Guid messageId, string messageType, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "The outbox relay published {Count} messages.")]
    public static partial void Relayed(ILogger logger, int count);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Deleted {Count} inbox rows older than {Retention}.")]
    public static partial void InboxCleaned(ILogger logger, int count, TimeSpan retention);
}
