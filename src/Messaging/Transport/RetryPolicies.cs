using System;
using MassTransit;

namespace Messaging.Transport;

/// <summary>Translates a handler's <see cref="RetryPolicy"/> into MassTransit's retry configuration.</summary>
internal static class RetryPolicies
{
    // MassTransit's exponential policy keeps its bounds in int milliseconds.
    private static readonly TimeSpan s_unboundedInterval = TimeSpan.FromMilliseconds(int.MaxValue);

    public static void Apply(IRetryConfigurator retry, RetryPolicy policy)
    {
        switch (policy.Kind)
        {
            case RetryKind.Immediate:
                retry.Immediate(policy.Count);
                break;
            case RetryKind.Interval:
                retry.Interval(policy.Count, policy.Interval);
                break;
            case RetryKind.Incremental:
                retry.Incremental(policy.Count, policy.Interval, policy.Increment);
                break;
            case RetryKind.Exponential:
                // MassTransit waits min + 2^n × delta (delta jittered ±20%); min 0 and delta = the interval give
                // interval, 2×, 4×, … capped at the maximum.
                retry.Exponential(policy.Count, TimeSpan.Zero, policy.MaxInterval > TimeSpan.Zero ? policy.MaxInterval : s_unboundedInterval, policy.Interval);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(policy), policy.Kind, "Unknown retry kind.");
        }

        if (policy.Ignore.Count > 0)
        {
            var ignored = new Type[policy.Ignore.Count];
            for (var i = 0; i < ignored.Length; i++)
            {
                ignored[i] = policy.Ignore[i];
            }

            retry.Ignore(ignored);
        }
    }
}
