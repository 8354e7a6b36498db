using System;
using System.Threading.Tasks;
using MassTransit;
using RabbitMQ.Client;

namespace Messaging.RabbitMq;

/// <summary>
/// Before the bus starts, opens (and closes) one connection with the bus's settings, so a start that cannot succeed fails
/// within <see cref="RabbitMqOptions.StartTimeout"/> with what is wrong — an unreachable broker with its host, port and
/// virtual host, refused credentials as <c>ACCESS_REFUSED</c> for that user and virtual host, a missing virtual host —
/// instead of MassTransit retrying its connection for as long as the start is allowed to wait (forever, for a host's
/// start) with the reason only in its logs.
/// </summary>
/// <remarks>
/// A bus observer's <c>PreStart</c> runs in every start of the bus, <c>IBusControl.StartAsync</c> as well as the
/// hosted service's, and its exception is the start's.
/// </remarks>
internal sealed class BrokerStartCheck(RabbitMqOptions options) : IBusObserver
{
    public async Task PreStart(IBus bus)
    {
        var name = $"{(string.IsNullOrWhiteSpace(options.ConnectionName) ? System.Diagnostics.Process.GetCurrentProcess().ProcessName : options.ConnectionName)} (start check)";
        var connection = await RabbitMqConnections.ConnectAsync(options, name, options.StartTimeout).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    public void PostCreate(IBus bus)
    {
    }

    public void CreateFaulted(Exception exception)
    {
    }

    public Task PostStart(IBus bus, Task<BusReady> busReady) => Task.CompletedTask;

    public Task StartFaulted(IBus bus, Exception exception) => Task.CompletedTask;

    public Task PreStop(IBus bus) => Task.CompletedTask;

    public Task PostStop(IBus bus) => Task.CompletedTask;

    public Task StopFaulted(IBus bus, Exception exception) => Task.CompletedTask;
}
