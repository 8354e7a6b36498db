using System;
using Microsoft.Extensions.Logging;

namespace Messaging.Inbox;

/// <summary>What the inbox logs (category <c>Messaging.Inbox</c>).</summary>
internal static partial class InboxLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Skipped message {MessageId} on queue {Queue}: {Handler} already handled it ([Idempotent]).")]
    public static partial void SkippedDuplicate(ILogger logger, Guid messageId, string queue, string handler);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "{Handler} is [Idempotent] but a message on queue {Queue} has no message id: it is handled without de-duplication. " +
                  "Set the message id (AMQP message_id, a GUID) when publishing. Logged once per handler.")]
    public static partial void MissingMessageId(ILogger logger, string handler, string queue);
}
