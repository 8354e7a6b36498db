using System;

namespace Messaging.Redis;

/// <summary>Where the <see cref="RedisInboxStore"/> keeps its keys, how long it remembers handled ids and how long a claim lasts.</summary>
public sealed class RedisInboxOptions
{
    /// <summary>
    /// The start of every key the store writes: the key of a message is <c>{KeyPrefix}{queue}:{message id}</c>. Give
    /// applications that share a Redis database prefixes of their own. Default: <c>messaging:inbox:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "messaging:inbox:";

    /// <summary>
    /// How long a handled message id is remembered (the TTL of its key). A duplicate that arrives later is handled
    /// again: make it longer than the longest time a message can be redelivered or republished under its id. Default:
    /// 24 hours.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a delivery's claim on a message lasts (the TTL of its claim key) before another delivery may take the
    /// message over. It bounds how long a duplicate waits after a consumer crashed without releasing its claim; a
    /// handler that runs longer than the lease lets a duplicate run beside it. Make it longer than the longest handler
    /// run, retries not included (each attempt claims afresh). Default: 5 minutes.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a duplicate waits while another delivery holds the claim before its own delivery fails (with a
    /// <see cref="TimeoutException"/>, so the retry policy or a redelivery tries it again later). <see langword="null"/>
    /// (the default) waits for <see cref="Lease"/>: by then the other delivery has completed, released its claim or lost
    /// it to expiry.
    /// </summary>
    public TimeSpan? ClaimWaitTimeout { get; set; }

    /// <summary>
    /// The longest pause between two looks at a claim held by another delivery; the pauses start at 10 ms and double up
    /// to this. Default: 500 ms.
    /// </summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The key prefix is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is not positive, or is below one millisecond (Redis's resolution).</exception>
    public void Validate()
    {
        if (KeyPrefix is null)
        {
            throw new ArgumentException("The Redis inbox's KeyPrefix must not be null (it may be empty).", nameof(KeyPrefix));
        }

        RequireMilliseconds(Retention, nameof(Retention));
        RequireMilliseconds(Lease, nameof(Lease));
        RequireMilliseconds(MaxPollInterval, nameof(MaxPollInterval));
        if (ClaimWaitTimeout is { } wait && wait < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ClaimWaitTimeout), wait, "The Redis inbox's ClaimWaitTimeout must not be negative.");
        }
    }

    private static void RequireMilliseconds(TimeSpan value, string name)
    {
        if (value < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"The Redis inbox's {name} must be at least 1 ms (Redis expires keys by the millisecond).");
        }
    }
}
