using System.Linq;
using System.Threading.Tasks;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;
using Xunit;

namespace Messaging.Tests.Bus;

/// <summary>
/// The in-memory transport delivers every message of a type to every queue consuming it; these check that handler
/// bindings still behave as a broker's would. Each bound queue takes one message at a time, so once it has handled
/// the last message published, it has dealt with all earlier ones.
/// </summary>
public sealed class RoutingKeyBindingTests
{
    [Fact]
    public async Task Topic_binding_hands_over_only_matching_routing_keys_and_drops_the_rest_without_skipping_them()
    {
        var euSkipped = new QueueCapture("eu-orders_skipped");
        var euErrors = new QueueCapture("eu-orders_error");
        var prioritySkipped = new QueueCapture("priority-orders_skipped");
        await using var bus = await TestBus.StartAsync(cfg =>
        {
            euSkipped.Configure(cfg);
            euErrors.Configure(cfg);
            prioritySkipped.Configure(cfg);
        });

        string[] regions = ["us.east", "eu.west", "eu", "eu.west.priority", "eu.north", "eu.priority"];
        for (var i = 0; i < regions.Length; i++)
        {
            await bus.Bus.Publish(new RegionalOrder(regions[i], i + 1));
        }

        var europe = await bus.Observations.WaitAsync("eu-orders", 1, o => ((RegionalOrder)o.Message).Number == 6);
        var priority = await bus.Observations.WaitAsync("priority-orders", 1, o => ((RegionalOrder)o.Message).Number == 6);
        var all = await bus.Observations.WaitAsync("all-orders", 6);

        Assert.Equal([2, 5, 6], Numbers(bus, "eu-orders"));
        Assert.Equal([4, 6], Numbers(bus, "priority-orders"));
        Assert.Equal([1, 2, 3, 4, 5, 6], all.Select(o => ((RegionalOrder)o.Message).Number).Order());
        Assert.Equal("eu.priority", europe[0].RoutingKey);
        Assert.Equal("eu.priority", priority[0].RoutingKey);
        Assert.Empty(await euSkipped.DrainAsync(bus.Bus));
        Assert.Empty(await euErrors.DrainAsync(bus.Bus));
        Assert.Empty(await prioritySkipped.DrainAsync(bus.Bus));
    }

    [Fact]
    public async Task Direct_binding_hands_over_only_the_exact_routing_key()
    {
        var skipped = new QueueCapture("express-lane_skipped");
        await using var bus = await TestBus.StartAsync(skipped.Configure);

        await bus.Bus.Publish(new Shipment("standard", 1));
        await bus.Bus.Publish(new Shipment("express.eu", 2));
        await bus.Bus.Publish(new Shipment("Express", 3));
        await bus.Bus.Publish(new Shipment("express", 4));

        await bus.Observations.WaitOneAsync("express-lane", o => ((Shipment)o.Message).Number == 4);
        Assert.Equal([4], bus.Observations.Snapshot().Where(o => o.Handler == "express-lane").Select(o => ((Shipment)o.Message).Number));
        Assert.Empty(await skipped.DrainAsync(bus.Bus));
    }

    private static int[] Numbers(TestBus bus, string handler) =>
        [.. bus.Observations.Snapshot().Where(o => o.Handler == handler).Select(o => ((RegionalOrder)o.Message).Number)];
}
