using System;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Testing;
using Xunit;

namespace Messaging.RabbitMq.Tests.Faults;

/// <summary>
/// The fault tests that stop, kill and restart RabbitMQ nodes of their own: one at a time, so two of them never
/// share the machine's two cores with each other's nodes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnNodes
{
    public const string Name = "RabbitMQ nodes of their own";

    /// <summary>Starts a bus (and its <c>IMessagePublisher</c>) on <paramref name="nodes"/>, virtual host <c>/</c>.</summary>
    public static Task<RabbitBus> StartBusAsync(HandlerProbe probe, Action<RabbitMqOptions>? options = null, CapturedLogs? logs = null,
        params RabbitMqNode[] nodes) =>
        RabbitBus.StartAsync("/", probe, logs: logs, options: o =>
        {
            o.Host = "127.0.0.1";
            o.Port = nodes[0].AmqpPort;
            o.VirtualHost = "/";
            o.UserName = "guest";
            o.Password = "guest";
            if (nodes.Length > 1)
            {
                foreach (var node in nodes)
                {
                    o.Hosts.Add($"127.0.0.1:{node.AmqpPort}");
                }
            }

            options?.Invoke(o);
        });
}
