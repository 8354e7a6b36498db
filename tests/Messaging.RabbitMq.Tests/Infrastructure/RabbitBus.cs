using System;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Messaging.RabbitMq.Tests.Infrastructure;

/// <summary>
/// A started bus wired as an application would be — <c>AddMessaging(bus =&gt; bus.AddMessagingRabbitMqTests()).UseRabbitMq(...)</c>
/// — connected to the test class's virtual host. The probe is shared, so a test can run two instances side by side.
/// </summary>
public sealed class RabbitBus : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private RabbitBus(ServiceProvider provider, IBusControl bus)
    {
        _provider = provider;
        Bus = bus;
    }

    public IBusControl Bus { get; }

    public IServiceProvider Services => _provider;

    public static async Task<RabbitBus> StartAsync(string virtualHost, HandlerProbe probe, string name = "bus",
        Action<IServiceCollection>? services = null, Action<RabbitMqOptions>? options = null,
        Action<IRabbitMqBusFactoryConfigurator>? configure = null, CapturedLogs? logs = null)
    {
        var collection = new ServiceCollection();
        if (logs is null)
        {
            collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        }
        else
        {
            collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        collection.AddSingleton(probe);
        collection.AddSingleton(new BusTag(name));
        services?.Invoke(collection);
        collection.AddMessaging(bus => bus.AddMessagingRabbitMqTests()).UseRabbitMq(o =>
        {
            o.Host = Broker.Host;
            o.Port = Broker.Port;
            o.UserName = Broker.UserName;
            o.Password = Broker.Password;
            o.VirtualHost = virtualHost;
            options?.Invoke(o);
        }, configure);

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

        return new RabbitBus(provider, bus);
    }

    public async ValueTask DisposeAsync()
    {
        // MassTransit's stop waits for its receive transports, and one that is configuring its topology on a node just
        // restarted after kill -9 can wait for a channel call without end (seen in a CI run: ExchangeBindAsync). The stop
        // is bounded here so that it cannot hang the test run; the node's own disposal then ends the call.
        await Bounded(Bus.StopAsync(TimeSpan.FromSeconds(30)), TimeSpan.FromSeconds(60), "stopping the bus");
        await Bounded(_provider.DisposeAsync().AsTask(), TimeSpan.FromSeconds(30), "disposing the container");
    }

    private static async Task Bounded(Task task, TimeSpan limit, string what)
    {
        if (await Task.WhenAny(task, Task.Delay(limit)) != task)
        {
            _ = task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            await Console.Error.WriteLineAsync($"RabbitBus: {what} did not finish within {limit}; abandoned so the test run goes on.");
            return;
        }

        await task;
    }
}
