using System;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Messaging.Tests.Infrastructure;

namespace Messaging.Tests.EndToEnd.Infrastructure;

/// <summary>
/// A started MassTransit in-memory bus wired exactly as an application would be:
/// <c>services.AddMessaging(bus =&gt; bus.AddMessagingTests()).UseInMemory()</c>, where <c>AddMessagingTests()</c> is
/// the registration the generator emits for this test assembly. One per test; the test registers the services its
/// handlers need.
/// </summary>
public sealed class EndToEndBus : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private EndToEndBus(ServiceProvider provider, IBusControl bus)
    {
        _provider = provider;
        Bus = bus;
    }

    public IBusControl Bus { get; }

    public IServiceProvider Services => _provider;

    /// <summary>The bus's own <see cref="HandlerProbe"/>, which every handler of the tests reports to.</summary>
    public HandlerProbe Probe => _provider.GetRequiredService<HandlerProbe>();

    /// <param name="services">The services the scenario's handlers need, added before the messaging registration.</param>
    /// <param name="configure">Further bus configuration, such as endpoints that capture an <c>_error</c> queue.</param>
    /// <param name="endpointStart">When the handler queues' endpoints start (on their first message by default).</param>
    public static async Task<EndToEndBus> StartAsync(Action<IServiceCollection>? services = null, Action<IInMemoryBusFactoryConfigurator>? configure = null,
        InMemoryEndpointStart endpointStart = InMemoryEndpointStart.OnFirstMessage)
    {
        var (provider, bus) = await InMemoryBusHost.StartAsync(
            collection =>
            {
                collection.AddSingleton<HandlerProbe>();
                services?.Invoke(collection);
            },
            bus =>
            {
                bus.AddMessagingTests();
                // A scenario registers the services of the handlers it exercises, not of every handler in the assembly;
                // the start-up check of the rest has its own tests (ServiceValidationTests).
                bus.ValidateServicesOnStart = false;
            },
            configure,
            endpointStart);
        return new EndToEndBus(provider, bus);
    }

    public ValueTask DisposeAsync() => InMemoryBusHost.StopAsync(_provider, Bus);
}
