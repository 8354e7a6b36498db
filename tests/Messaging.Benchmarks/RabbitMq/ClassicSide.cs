using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// For context: classic MassTransit on the same broker — the hand-written <see cref="ClassicOrderConsumer"/>,
/// <c>ConfigureEndpoints</c>, the JSON envelope — with the same prefetch, confirms and publishes in flight. It shows how
/// much of the gap to the raw client is MassTransit's own, which Messaging runs on.
/// </summary>
internal sealed class ClassicSide : IThroughputSide
{
    /// <summary>What <c>ConfigureEndpoints</c> declares: the consumer's endpoint, and the message's exchange.</summary>
    private static readonly string[] s_queues = ["ClassicOrder"];
    private static readonly string[] s_exchanges = ["ClassicOrder", "Messaging.Benchmarks:OrderPlaced"];

    private readonly Uri _broker;
    private readonly ServiceProvider _provider;
    private readonly IBusControl _bus;
    private readonly ConfirmWindow _window = new();

    private ClassicSide(Uri broker, ServiceProvider provider, IBusControl bus)
    {
        _broker = broker;
        _provider = provider;
        _bus = bus;
    }

    public string Name => "MassTransit (IConsumer, JSON)";

    public string Mode => $"confirms, {RabbitMqQuickRunner.ConfirmWindow} in flight";

    public static async Task<ClassicSide> StartAsync(Uri broker)
    {
        var services = new ServiceCollection();
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.AddConsumer<ClassicOrderConsumer>();
            x.UsingRabbitMq((context, cfg) =>
            {
                var options = new Messaging.RabbitMq.RabbitMqOptions();
                RabbitMqQuickRunner.Apply(broker, options, "messaging-bench-classic");
                cfg.Host(options.Host, checked((ushort)options.EffectivePort), options.VirtualHost, h =>
                {
                    h.Username(options.UserName);
                    h.Password(options.Password);
                    h.PublisherConfirmation = true;
                });
                cfg.PrefetchCount = RabbitMqQuickRunner.Prefetch;
                cfg.PurgeOnStartup = true;
                cfg.ConfigureEndpoints(context);
            });
        });
        var provider = services.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return new ClassicSide(broker, provider, bus);
    }

    public async Task<double> MeasureAsync(int count)
    {
        var done = BusSink.Classic.Expect(count);
        var order = ReferenceMessages.Order;
        return await _window.MeasureAsync(count, done, () => _bus.Publish(order)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _bus.StopAsync(timeout.Token).ConfigureAwait(false);
        await _provider.DisposeAsync().ConfigureAwait(false);
        await BrokerCleanup.DeleteAsync(_broker, s_queues, s_exchanges).ConfigureAwait(false);
    }
}
