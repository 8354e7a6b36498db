using System;
using Microsoft.Extensions.Logging;

namespace Messaging.Redis;

/// <summary>What the Redis inbox logs (category <c>Messaging.Redis.RedisInboxStore</c>).</summary>
internal static partial class RedisInboxLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "Message {MessageId} on queue {Queue} is being handled by another delivery: waiting for its outcome.")]
    public static partial void WaitingForClaim(ILogger logger, Guid messageId, string queue);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Message {MessageId} on queue {Queue} was handled, but its claim had expired and another delivery held it when it was " +
                  "recorded ({Outcome}): the handler ran longer than the lease ({Lease}), so a duplicate may have run beside it. Raise RedisInboxOptions.Lease.")]
    public static partial void ClaimLost(ILogger logger, Guid messageId, string queue, string outcome, TimeSpan lease);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Could not release the claim on message {MessageId} on queue {Queue}; another delivery takes it over once the lease ({Lease}) expires.")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, Guid messageId, string queue, TimeSpan lease);
}
