using System;
using System.Collections.Generic;

namespace Messaging;

/// <summary>The retry policy of a handler, from its <see cref="RetryAttribute"/>.</summary>
public sealed record RetryPolicy
{
    /// <summary>How the wait grows.</summary>
    public RetryKind Kind { get; init; }

    /// <summary>How many retries follow the first attempt.</summary>
    public int Count { get; init; }

    /// <summary>The wait before the first retry.</summary>
    public TimeSpan Interval { get; init; }

    /// <summary>For <see cref="RetryKind.Incremental"/>: how much longer each further wait is.</summary>
    public TimeSpan Increment { get; init; }

    /// <summary>For <see cref="RetryKind.Exponential"/>: the longest wait.</summary>
    public TimeSpan MaxInterval { get; init; }

    /// <summary>Exception types that are never retried.</summary>
    public IReadOnlyList<Type> Ignore { get; init; } = [];
}
