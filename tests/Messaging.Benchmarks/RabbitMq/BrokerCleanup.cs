using System;
using System.Threading.Tasks;
using RabbitMQ.Client;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>Deletes what a side declared, so a run leaves the broker as it found it.</summary>
internal static class BrokerCleanup
{
    public static async Task DeleteAsync(Uri broker, string[] queues, string[] exchanges)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "messaging-bench-cleanup" };
        await using var connection = await factory.CreateConnectionAsync().ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync().ConfigureAwait(false);
        foreach (var queue in queues)
        {
            await channel.QueueDeleteAsync(queue).ConfigureAwait(false);
        }

        foreach (var exchange in exchanges)
        {
            await channel.ExchangeDeleteAsync(exchange).ConfigureAwait(false);
        }
    }
}
