using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Handlers;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// A message whose handling ends the consumer's connection every time (a crash loop) is delivered again by the broker;
/// on a quorum queue, after <see cref="RabbitMqOptions.MaxDeliveries"/> deliveries it lands in <c>_error</c> once, with
/// the reason, and the queue keeps flowing.
/// </summary>
public sealed class DeliveryLimitTests(VirtualHostFixture vhost, ITestOutputHelper output) : IClassFixture<VirtualHostFixture>
{
    private const string ConnectionName = "crash-loop";

    [Fact]
    public async Task Message_that_crash_loops_its_consumer_ends_in_the_error_queue_after_the_delivery_limit()
    {
        HazardHandlers.Arm();
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe, options: o =>
        {
            o.MaxDeliveries = 3;
            o.ConnectionName = ConnectionName;
        });
        try
        {
            var poison = new Hazard(Guid.NewGuid(), Poison: true);
            await bus.Bus.Publish(poison);

            // Each delivery: the handler starts and never finishes; the broker closes the connection, as a crash would.
            for (var delivery = 1; delivery <= 3; delivery++)
            {
                await probe.WaitAsync("hazard-attempts", delivery);
                await CloseConnectionAsync();
            }

            var counts = new FaultCounts();
            counts.Sent(poison.HazardId);
            var error = await Broker.TakeOneAsync(vhost.Name, "rmq-hazards_error");
            var safe = new Hazard(Guid.NewGuid(), Poison: false);
            await bus.Bus.Publish(safe);
            await probe.WaitOneAsync("hazards", c => ((Hazard)c.Message).HazardId == safe.HazardId);
            var more = await Broker.TakeAsync(vhost.Name, "rmq-hazards_error", 10);
            output.WriteLine($"poison: deliveries={probe.Calls("hazard-attempts").Count} in-error={1 + more.Count}; reason: {error.Header("MT-Fault-Message")}");

            Assert.Equal(3, probe.Calls("hazard-attempts").Count);
            Assert.Empty(more);
            Assert.Contains("was delivered by queue 'rmq-hazards' 3 times without being acknowledged", error.Header("MT-Fault-Message"), StringComparison.Ordinal);
            Assert.Contains("RabbitMqOptions.MaxDeliveries", error.Header("MT-Fault-Message"), StringComparison.Ordinal);
        }
        finally
        {
            HazardHandlers.Release();
        }
    }

    // The management API lists a new connection after a moment, and a closed one for a moment longer: ask until it has
    // closed one (polling the API, not waiting for a time).
    private async Task CloseConnectionAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            try
            {
                if (await Broker.CloseConnectionsAsync(vhost.Name, ConnectionName) > 0)
                {
                    return;
                }
            }
            catch (System.Net.Http.HttpRequestException)
            {
                // A connection listed but already gone.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No connection named {ConnectionName} to close within 90 s.");
            }

            await Task.Delay(200);
        }
    }
}
