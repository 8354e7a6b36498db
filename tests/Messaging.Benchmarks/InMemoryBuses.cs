using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging.Benchmarks;

/// <summary>
/// One started in-memory bus of the throughput benchmark, with its own container and transport: one process can
/// host both sides, and a message published on one bus never reaches the other.
/// </summary>
public sealed class InMemoryBus : IAsyncDisposable
{
    /// <summary>How many publishes are in flight at once: each batch is started, then awaited, on both sides alike.</summary>
    public const int DefaultBatch = 100;

    private readonly ServiceProvider _provider;
    private readonly Task[] _batch = new Task[DefaultBatch];

    private InMemoryBus(string name, ServiceProvider provider, IBusControl bus, BusSink sink, string expectedContentType)
    {
        Name = name;
        _provider = provider;
        Bus = bus;
        Sink = sink;
        ExpectedContentType = expectedContentType;
    }

    public string Name { get; }

    public IBusControl Bus { get; }

    public BusSink Sink { get; }

    /// <summary>What the bus must put on the wire for <see cref="OrderPlaced"/>.</summary>
    public string ExpectedContentType { get; }

    /// <summary>Messaging: the generated registration, MessagePack on the wire.</summary>
    public static Task<InMemoryBus> StartGeneratedAsync()
    {
        var services = new ServiceCollection();
        services.AddMessaging(bus => bus.AddMessagingBenchmarks()).UseInMemory();
        return StartAsync("Messaging (generated, msgpack)", services, BusSink.Generated, "application/msgpack");
    }

    /// <summary>Classic MassTransit: a hand-written consumer, <c>AddConsumer</c>, <c>ConfigureEndpoints</c>, default JSON envelope.</summary>
    public static Task<InMemoryBus> StartClassicAsync()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(x =>
        {
            // Ours turns the usage telemetry off too; a benchmark should not post to masstransit.io.
            x.DisableUsageTelemetry();
            x.AddConsumer<ClassicOrderConsumer>();
            x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
        });
        return StartAsync("MassTransit (IConsumer, JSON)", services, BusSink.Classic, "application/vnd.masstransit+json");
    }

    private static async Task<InMemoryBus> StartAsync(string name, ServiceCollection services, BusSink sink, string contentType)
    {
        var provider = services.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync().ConfigureAwait(false);
        return new InMemoryBus(name, provider, bus, sink, contentType);
    }

    /// <summary>
    /// Publishes one message and checks what the handler received, so the comparison is the one it claims to be
    /// (JSON envelope on one side, raw MessagePack on the other).
    /// </summary>
    /// <exception cref="InvalidOperationException">The handler saw another content type.</exception>
    public async Task AssertContentTypeAsync()
    {
        var done = Sink.Expect(1);
        await Bus.Publish(ReferenceMessages.Order).ConfigureAwait(false);
        await done.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (Sink.ContentType != ExpectedContentType)
        {
            throw new InvalidOperationException($"{Name}: the handler received {Sink.ContentType}, expected {ExpectedContentType}.");
        }
    }

    /// <summary>Publishes <paramref name="count"/> messages in concurrent batches and waits until the handler consumed them all.</summary>
    public async Task PublishAndWaitAsync(int count)
    {
        var done = Sink.Expect(count);
        var order = ReferenceMessages.Order;
        for (var sent = 0; sent < count; sent += _batch.Length)
        {
            var batch = Math.Min(_batch.Length, count - sent);
            for (var i = 0; i < batch; i++)
            {
                _batch[i] = Bus.Publish(order);
            }

            for (var i = 0; i < batch; i++)
            {
                await _batch[i].ConfigureAwait(false);
            }
        }

        await done.WaitAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
    }

    /// <summary>One measured round: messages per second and bytes allocated per message, on every thread of the process.</summary>
    public async Task<(double MessagesPerSecond, double BytesPerMessage)> MeasureAsync(int count)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await PublishAndWaitAsync(count).ConfigureAwait(false);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (count / watch.Elapsed.TotalSeconds, (double)allocated / count);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Bus.StopAsync(timeout.Token).ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
