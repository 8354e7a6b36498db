using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Messaging.Benchmarks;

/// <summary>
/// End-to-end in-memory throughput: publish <see cref="Messages"/> reference orders in concurrent batches of
/// <see cref="InMemoryBus.DefaultBatch"/> and wait until the handler consumed them all. Per operation = per message;
/// the memory diagnoser counts every thread's allocations (publish, transport, deserialize, consume).
/// </summary>
[MemoryDiagnoser]
public class BusThroughputBenchmarks
{
    public const int Messages = 5_000;

    private InMemoryBus _classic = null!;
    private InMemoryBus _generated = null!;

    [GlobalSetup(Target = nameof(Classic))]
    public async Task SetupClassic()
    {
        _classic = await InMemoryBus.StartClassicAsync();
        await _classic.AssertContentTypeAsync();
    }

    [GlobalSetup(Target = nameof(Generated))]
    public async Task SetupGenerated()
    {
        _generated = await InMemoryBus.StartGeneratedAsync();
        await _generated.AssertContentTypeAsync();
    }

    [GlobalCleanup(Target = nameof(Classic))]
    public async Task CleanupClassic() => await _classic.DisposeAsync();

    [GlobalCleanup(Target = nameof(Generated))]
    public async Task CleanupGenerated() => await _generated.DisposeAsync();

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages, Description = "MassTransit IConsumer + JSON")]
    public Task Classic() => _classic.PublishAndWaitAsync(Messages);

    [Benchmark(OperationsPerInvoke = Messages, Description = "Messaging [Handler] + msgpack")]
    public Task Generated() => _generated.PublishAndWaitAsync(Messages);
}
