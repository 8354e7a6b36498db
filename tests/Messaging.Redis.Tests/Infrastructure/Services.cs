using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace Messaging.Redis.Tests;

/// <summary>Holds handlers until the test opens it; open from the start unless created closed.</summary>
public sealed class Gate(bool open = true)
{
    private readonly TaskCompletionSource _open = NewOpen(open);

    public Task WaitAsync() => _open.Task;

    public void Open() => _open.TrySetResult();

    private static TaskCompletionSource NewOpen(bool open)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            source.SetResult();
        }

        return source;
    }
}

/// <summary>How many times a handler was called per id (attempts, retries included).</summary>
public sealed class AttemptLog
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();

    public int Record(Guid id) => _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);

    public int Count(Guid id) => _attempts.TryGetValue(id, out var n) ? n : 0;
}
