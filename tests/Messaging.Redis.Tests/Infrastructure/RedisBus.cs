using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>
/// One "process": a container built as an application would build it —
/// <c>AddMessaging(bus =&gt; bus.AddMessagingRedisTests()).UseRedisInbox(…).UseInMemory()</c> — and its started bus.
/// Two of them in one test are two processes sharing a Redis store (their in-memory transports share nothing).
/// </summary>
public sealed class RedisBus : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private RedisBus(ServiceProvider provider, IBusControl bus, DeliveryObserver deliveries)
    {
        _provider = provider;
        Bus = bus;
        Deliveries = deliveries;
    }

    public IBusControl Bus { get; }

    public IServiceProvider Services => _provider;

    public DeliveryObserver Deliveries { get; }

    /// <summary>The inbox store the handlers use, as registered by <c>UseRedisInbox</c>.</summary>
    public RedisInboxStore Store => _provider.GetRequiredService<RedisInboxStore>();

    /// <param name="useInbox">Registers the Redis inbox on the builder (one of the <c>UseRedisInbox</c> overloads).</param>
    /// <param name="counts">What the handlers and the delivery observer count; shared by the buses of one test.</param>
    /// <param name="services">More services (a <see cref="Gate"/>, a decorated store), added after the inbox.</param>
    /// <param name="configure">More bus configuration, such as an <see cref="ErrorCapture"/>.</param>
    public static async Task<RedisBus> StartAsync(Action<MessagingBuilder> useInbox, FaultCounts counts,
        Action<IServiceCollection>? services = null, Action<IInMemoryBusFactoryConfigurator>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton(counts);
        collection.AddSingleton<AttemptLog>();
        collection.AddSingleton(new Gate());
        var deliveries = new DeliveryObserver(counts);
        var builder = collection.AddMessaging(bus => bus.AddMessagingRedisTests());
        useInbox(builder);
        services?.Invoke(collection);
        builder.UseInMemory(transport =>
        {
            transport.ConnectConsumeObserver(deliveries);
            configure?.Invoke(transport);
        });

        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var bus = provider.GetRequiredService<IBusControl>();
        try
        {
            await bus.StartAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }

        return new RedisBus(provider, bus, deliveries);
    }

    /// <summary>Publishes <paramref name="message"/> under the message id <paramref name="id"/>, counting it as sent and confirmed.</summary>
    public async Task PublishAsync<T>(T message, Guid id, FaultCounts counts)
        where T : class
    {
        counts.Sent(id);
        try
        {
            await Bus.Publish(message, context => context.MessageId = id);
        }
        catch
        {
            counts.Threw(id);
            throw;
        }

        counts.Confirmed(id);
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.StopAsync(TimeSpan.FromSeconds(30));
        await _provider.DisposeAsync();
    }
}
