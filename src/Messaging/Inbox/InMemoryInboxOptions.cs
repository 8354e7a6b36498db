using System;

namespace Messaging;

/// <summary>How long and how many handled message ids the <see cref="InMemoryInboxStore"/> remembers.</summary>
public sealed class InMemoryInboxOptions
{
    /// <summary>How long a handled message id is remembered. Default: one hour.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The most handled ids remembered, over all queues; the oldest are forgotten first. Default: 100,000 (some 20 MB).
    /// </summary>
    public int Capacity { get; set; } = 100_000;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The retention is not positive or the capacity is below 1.</exception>
    public void Validate()
    {
        if (Retention <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Retention), Retention, "The in-memory inbox's Retention must be positive.");
        }

        if (Capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Capacity), Capacity, "The in-memory inbox's Capacity must be at least 1.");
        }
    }
}
