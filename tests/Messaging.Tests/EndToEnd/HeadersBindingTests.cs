using System.Linq;
using System.Threading.Tasks;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>[RoutingHeader] messages on the in-memory transport: bindings match headers as a headers exchange would.</summary>
public sealed class HeadersBindingTests
{
    [Fact]
    public async Task Header_bindings_deliver_all_matches_any_matches_or_everything()
    {
        await using var bus = await EndToEndBus.StartAsync();
        SeverityAlert[] alerts = [new("eu", 1, 0), new("us", 3, 1), new("ap", 1, 2), new("eu", 3, 3), new("sa", 2, 4), new("eu", 3, 5)];

        foreach (var alert in alerts)
        {
            await bus.Bus.Publish(alert);
        }

        // One message at a time per queue: once the last (it matches every binding) is handled, the rest were too.
        await bus.Probe.WaitOneAsync("eu-critical-alerts", c => ((SeverityAlert)c.Message).Number == 5);
        await bus.Probe.WaitOneAsync("watched-alerts", c => ((SeverityAlert)c.Message).Number == 5);
        await bus.Probe.WaitOneAsync("all-alerts", c => ((SeverityAlert)c.Message).Number == 5);
        Assert.Equal([3, 5], Numbers(bus, "eu-critical-alerts"));
        Assert.Equal([1, 2, 3, 5], Numbers(bus, "watched-alerts"));
        Assert.Equal([0, 1, 2, 3, 4, 5], Numbers(bus, "all-alerts"));
        var headers = bus.Probe.Calls("eu-critical-alerts")[0].Delivery!.Headers;
        Assert.Equal("eu", headers["region"]?.ToString());
        Assert.Equal("3", headers["level"]?.ToString());
    }

    private static int[] Numbers(EndToEndBus bus, string handler) =>
        [.. bus.Probe.Calls(handler).Select(c => ((SeverityAlert)c.Message).Number)];
}
