using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Messaging.Postgres.Tests.Infrastructure;

/// <summary>
/// A service as an application builds it — a generic host with <c>AddMessaging(...).UseInMemory().UsePostgres(...)</c> —
/// started, with its bus's completed deliveries counted by message id (duplicates the inbox skipped included).
/// </summary>
public sealed class LedgerHost : IAsyncDisposable, IConsumeObserver
{
    private readonly IHost _host;
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    private LedgerHost(IHost host)
    {
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<LedgerHost> StartAsync(string connectionString, LedgerProbe probe, Action<PostgresOptions>? options = null,
        Action<MessagingBuilder>? transport = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        // MassTransit keeps the first bus's logger factory in a static log context, which later hosts in the process
        // reuse: one that a stopped host disposed would fail them. An instance registration is never disposed.
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        builder.Services.AddSingleton(probe);
        var messaging = builder.Services.AddMessaging(bus => bus.AddMessagingPostgresTests());
        if (transport is null)
        {
            messaging.UseInMemory(endpointStart: InMemoryEndpointStart.WithBus);
        }
        else
        {
            transport(messaging);
        }

        messaging.UsePostgres(connectionString, options);
        var host = builder.Build();
        var ledger = new LedgerHost(host);
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(ledger);
        await host.StartAsync();
        return ledger;
    }

    /// <summary>Completed deliveries of <paramref name="messageId"/> (handled, or skipped as a duplicate).</summary>
    public int DeliveriesOf(Guid messageId) => _deliveries.TryGetValue(messageId, out var n) ? n : 0;

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    Task IConsumeObserver.PreConsume<T>(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeObserver.PostConsume<T>(ConsumeContext<T> context)
    {
        if (context.MessageId is { } id)
        {
            _deliveries.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    Task IConsumeObserver.ConsumeFault<T>(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
