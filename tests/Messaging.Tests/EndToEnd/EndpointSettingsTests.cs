using System.Threading.Tasks;
using Messaging.Tests.Bus.Infrastructure;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

public sealed class EndpointSettingsTests
{
    [Fact]
    public async Task Prefetch_count_and_concurrency_limit_of_the_handler_attribute_are_on_its_receive_endpoint()
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: InMemoryEndpointStart.WithBus);

        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);

        // [Handler(Queue = "e2e-tuned", PrefetchCount = 24, ConcurrencyLimit = 3)]
        Assert.Equal(new EndpointSettings("e2e-tuned", 24, 3), endpoints["e2e-tuned"]);
        // [Handler(Queue = "e2e-dispatch")]: neither set, so the transport's defaults.
        Assert.Null(endpoints["e2e-dispatch"].ConcurrentMessageLimit);
    }

    [Fact]
    public async Task Concurrency_limit_of_the_handler_attribute_caps_the_messages_in_flight()
    {
        const int messages = 12;
        var gate = new ConcurrencyGate { Limit = 3, Expected = messages };
        await using var bus = await EndToEndBus.StartAsync(services => services.AddSingleton(gate));

        for (var i = 0; i < messages; i++)
        {
            await bus.Bus.Publish(new TunedWork(i));
        }

        await gate.AllDone.WaitAsync(HandlerProbe.Timeout);
        Assert.Equal(3, gate.MaxInFlight);
    }
}
