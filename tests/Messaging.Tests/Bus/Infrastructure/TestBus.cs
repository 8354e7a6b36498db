using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Messaging.Tests.Infrastructure;

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

    public static async Task<TestBus> StartAsync(Action<IInMemoryBusFactoryConfigurator>? configure = null, Action<IServiceCollection>? services = null,
        InMemoryEndpointStart endpointStart = InMemoryEndpointStart.OnFirstMessage)
    {
        var (provider, bus) = await InMemoryBusHost.StartAsync(
            collection =>
            {
                collection.AddSingleton<Observations>();
                collection.AddSingleton<AttemptCounter>();
                collection.AddSingleton<IPriceList, FixedPriceList>();
                collection.AddScoped<GreetingFormatter>();
                collection.AddSingleton<PartitionProbe>();
                collection.AddSingleton<ConcurrencyProbe>();
                services?.Invoke(collection);
            },
            bus => bus.AddTestHandlers(),
            configure,
            endpointStart);
        return new TestBus(provider, bus);
    }

    public ValueTask DisposeAsync() => InMemoryBusHost.StopAsync(_provider, Bus);
}
