using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// Messaging over RabbitMQ: the generated <c>AddMessagingBenchmarks()</c> (the <c>[Handler]</c> of BusHandlers.cs) on
/// <c>UseRabbitMq(...)</c>, publishing the reference order with <c>IBus.Publish</c>. Publisher confirms are on (as
/// <c>UseRabbitMq</c> always sets them), <see cref="RabbitMqQuickRunner.ConfirmWindow"/> publishes are in flight at once,
/// and the handler's endpoint has the runner's prefetch.
/// </summary>
internal sealed class MessagingSide : IThroughputSide
{
    /// <summary>The handler's queue (BusHandlers.cs); the message's exchange is its [Message] name.</summary>
    public const string Queue = "bench-generated-orders";

    public const string Exchange = "bench.order-placed";

    private readonly Uri _broker;
    private readonly ServiceProvider _provider;
    private readonly IBusControl _bus;
    private readonly ConfirmWindow _window = new();

    private MessagingSide(Uri broker, ServiceProvider provider, IBusControl bus)
    {
        _broker = broker;
        _provider = provider;
        _bus = bus;
    }

    public string Name => "Messaging (IBus.Publish)";

    public string Mode => $"confirms, {RabbitMqQuickRunner.ConfirmWindow} in flight";

    public IBus Bus => _bus;

    /// <summary>The bus's <see cref="IMessagePublisher"/>: the direct path to the broker.</summary>
    public IMessagePublisher Publisher => _provider.GetRequiredService<IMessagePublisher>();

    public static async Task<MessagingSide> StartAsync(Uri broker)
    {
        var services = new ServiceCollection();
        services.AddMessaging(bus => bus.AddMessagingBenchmarks()).UseRabbitMq(
            options => RabbitMqQuickRunner.Apply(broker, options, "messaging-bench-generated"),
            transport =>
            {
                // The default of every receive endpoint; the handler sets none of its own.
                transport.PrefetchCount = RabbitMqQuickRunner.Prefetch;
                // Whatever an interrupted run left in the queue is not this run's.
                transport.PurgeOnStartup = true;
            });
        var provider = services.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return new MessagingSide(broker, provider, bus);
    }

    public async Task<double> MeasureAsync(int count)
    {
        var done = BusSink.Generated.Expect(count);
        var order = ReferenceMessages.Order;
        return await _window.MeasureAsync(count, done, () => _bus.Publish(order)).ConfigureAwait(false);
    }

    /// <summary>Publishes one order, with <see cref="IMessagePublisher"/> or the bus, and checks the handler received it as raw MessagePack.</summary>
    public async Task AssertContentTypeAsync(bool direct)
    {
        var done = BusSink.Generated.Expect(1);
        await (direct ? Publisher.PublishAsync(ReferenceMessages.Order) : _bus.Publish(ReferenceMessages.Order)).ConfigureAwait(false);
        await done.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (BusSink.Generated.ContentType != "application/msgpack")
        {
            throw new InvalidOperationException($"{Name}: the handler received {BusSink.Generated.ContentType}, expected application/msgpack.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _bus.StopAsync(timeout.Token).ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
        // The handler's queue and its exchange, and the message's exchange.
        await BrokerCleanup.DeleteAsync(_broker, [Queue], [Queue, Exchange]).ConfigureAwait(false);
    }
}

/// <summary>
/// Messaging's fast path: the same bus and handler as <see cref="MessagingSide"/>, publishing with
/// <see cref="IMessagePublisher"/> (RabbitMQ.Client on a connection of its own, publisher confirms) instead of
/// <c>IBus.Publish</c>.
/// </summary>
internal sealed class MessagingPublisherSide(MessagingSide messaging) : IThroughputSide
{
    private readonly ConfirmWindow _window = new();

    public string Name => "Messaging (IMessagePublisher)";

    public string Mode => $"confirms, {RabbitMqQuickRunner.ConfirmWindow} in flight";

    public async Task<double> MeasureAsync(int count)
    {
        var publisher = messaging.Publisher;
        var done = BusSink.Generated.Expect(count);
        var order = ReferenceMessages.Order;
        return await _window.MeasureAsync(count, done, () => publisher.PublishAsync(order)).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
