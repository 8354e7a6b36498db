using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Messaging.Tests.Bus.Infrastructure;

/// <summary>
/// A started in-memory bus with every test handler (<see cref="TestHandlersRegistration.AddTestHandlers"/>), wired
/// by <see cref="MessagingInMemoryExtensions.UseInMemory"/> exactly as an application would be. One per test.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestBus(ServiceProvider provider, IBusControl bus)
    {
        _provider = provider;
        Bus = bus;
    }

    public IBusControl Bus { get; }

    public IServiceProvider Services => _provider;

    public Observations Observations => _provider.GetRequiredService<Observations>();

    public static async Task<TestBus> StartAsync(Action<IInMemoryBusFactoryConfigurator>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        // MassTransit and its health checks log; a host would register logging, a test discards it.
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddSingleton<Observations>();
        collection.AddSingleton<AttemptCounter>();
        collection.AddSingleton<IPriceList, FixedPriceList>();
        collection.AddScoped<GreetingFormatter>();
        collection.AddSingleton<PartitionProbe>();
        collection.AddSingleton<ConcurrencyProbe>();
        services?.Invoke(collection);
        collection.AddMessaging(bus => bus.AddTestHandlers()).UseInMemory(configure);

        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync(TimeSpan.FromSeconds(60));
        return new TestBus(provider, bus);
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.StopAsync(TimeSpan.FromSeconds(30));
        await _provider.DisposeAsync();
    }
}
