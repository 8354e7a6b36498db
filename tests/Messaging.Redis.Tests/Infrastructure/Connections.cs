using System;
using System.Diagnostics;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>Connections of the fault tests, which must see when the store's own connection is back.</summary>
public static class Connections
{
    /// <summary>
    /// Connects to <paramref name="configuration"/> with short timeouts, so deliveries fail within seconds while Redis is
    /// away rather than the client's default; the connection reconnects by itself.
    /// </summary>
    public static Task<ConnectionMultiplexer> ConnectAsync(string configuration) =>
        ConnectionMultiplexer.ConnectAsync($"{configuration},abortConnect=false,connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000");

    /// <summary>Waits until <paramref name="connection"/> answers a PING again (after a restart of the server).</summary>
    public static async Task WaitUntilConnectedAsync(IConnectionMultiplexer connection)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (Exception ex) when (ex is RedisException or RedisTimeoutException && Stopwatch.GetElapsedTime(started) < Eventually.Timeout)
            {
                await Task.Delay(50);
            }
        }
    }
}
