using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>Passes claims to the Redis store and counts the calls that are waiting for it, so a test can see duplicates queue up.</summary>
public sealed class CountingInboxStore(IInboxStore inner) : IInboxStore
{
    private int _entered;
    private int _returned;

    public int Entered => Volatile.Read(ref _entered);

    public int Returned => Volatile.Read(ref _returned);

    public async ValueTask<IInboxClaim?> TryClaimAsync(string queue, Guid messageId, ConsumeContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _entered);
        try
        {
            return await inner.TryClaimAsync(queue, messageId, context, cancellationToken);
        }
        finally
        {
            Interlocked.Increment(ref _returned);
        }
    }
}
