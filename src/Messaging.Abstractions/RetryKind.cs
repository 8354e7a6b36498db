namespace Messaging;

/// <summary>How the wait between retries grows.</summary>
public enum RetryKind
{
    /// <summary>Retry at once.</summary>
    Immediate = 0,

    /// <summary>Wait <see cref="RetryAttribute.IntervalMilliseconds"/> before each retry.</summary>
    Interval,

    /// <summary>Wait the interval, then add <see cref="RetryAttribute.IncrementMilliseconds"/> for each further retry.</summary>
    Incremental,

    /// <summary>Double the wait after each retry, from the interval up to <see cref="RetryAttribute.MaxIntervalMilliseconds"/>.</summary>
    Exponential,
}
