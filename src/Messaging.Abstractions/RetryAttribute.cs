using System;

namespace Messaging;

/// <summary>
/// Retries a handler that throws, up to <see cref="Count"/> more times (Celery's <c>max_retries</c>); after the
/// last failure the message goes to the queue's <c>_error</c> queue with the exception.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RetryAttribute : Attribute
{
    /// <summary>Retries a failing handler <paramref name="count"/> more times.</summary>
    /// <param name="count">How many retries follow the first attempt.</param>
    public RetryAttribute(int count)
    {
        Count = count;
    }

    /// <summary>How many retries follow the first attempt.</summary>
    public int Count { get; }

    /// <summary>How the wait grows. Default: <see cref="RetryKind.Interval"/> when an interval is set, else <see cref="RetryKind.Immediate"/>.</summary>
    public RetryKind Kind { get; set; }

    /// <summary>The wait before the first retry, in milliseconds.</summary>
    public int IntervalMilliseconds { get; set; }

    /// <summary>For <see cref="RetryKind.Incremental"/>: how much longer each further wait is, in milliseconds.</summary>
    public int IncrementMilliseconds { get; set; }

    /// <summary>For <see cref="RetryKind.Exponential"/>: the longest wait, in milliseconds.</summary>
    public int MaxIntervalMilliseconds { get; set; }

    /// <summary>Exception types that are not retried: the message goes to the error queue at once.</summary>
    public Type[]? Ignore { get; set; }
}
