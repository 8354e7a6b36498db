using System;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Messaging.Tests.Infrastructure;

/// <summary>
/// Builds a container the way an application would (<c>AddMessaging(register).UseInMemory(configure)</c>) and starts
/// its bus; the bus fixtures of the runtime and end-to-end tests differ only in what they register.
/// </summary>
public static class InMemoryBusHost
{
    public static async Task<(ServiceProvider Provider, IBusControl Bus)> StartAsync(
        Action<IServiceCollection> services,
        Action<MessagingBuilder> register,
        Action<IInMemoryBusFactoryConfigurator>? configure,
        InMemoryEndpointStart endpointStart = InMemoryEndpointStart.OnFirstMessage)
    {
        var collection = new ServiceCollection();
        // MassTransit and its health checks log; a host would register logging, a test discards it.
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services(collection);
        collection.AddMessaging(register).UseInMemory(configure, endpointStart);

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

        return (provider, bus);
    }

    public static async ValueTask StopAsync(ServiceProvider provider, IBusControl bus)
    {
        await bus.StopAsync(TimeSpan.FromSeconds(30));
        await provider.DisposeAsync();
    }
}
