using System.Threading.Tasks;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Handlers;
using Messaging.Tests.Bus.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Handler_concurrency_limit_caps_the_messages_in_flight()
    {
        const int ticks = 12;
        await using var bus = await TestBus.StartAsync();
        var probe = bus.Services.GetRequiredService<ConcurrencyProbe>();
        probe.Limit = 3;
        probe.Expected = ticks;

        for (var i = 0; i < ticks; i++)
        {
            await bus.Bus.Publish(new Tick(i));
        }

        await probe.AllDone.WaitAsync(Observations.Timeout);
        Assert.Equal(3, probe.MaxInFlight);
    }

    [Fact]
    public async Task Prefetch_count_and_concurrency_limit_are_applied_to_the_receive_endpoint()
    {
        await using var bus = await TestBus.StartAsync(endpointStart: InMemoryEndpointStart.WithBus);

        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);

        Assert.Equal(new EndpointSettings("ticks", 20, 3), endpoints["ticks"]);
        Assert.Equal(1, endpoints["eu-orders"].ConcurrentMessageLimit);
        Assert.Null(endpoints["orders"].ConcurrentMessageLimit);
    }
}
