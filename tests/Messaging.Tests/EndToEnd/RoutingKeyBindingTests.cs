using System.Linq;
using System.Threading.Tasks;
using Messaging.Tests.Bus.Infrastructure;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.EndToEnd;

public sealed class RoutingKeyBindingTests
{
    [Fact]
    public async Task Handler_bound_by_a_pattern_gets_only_the_messages_whose_routing_key_matches_it()
    {
        var europeSkipped = new QueueCapture("e2e-eu-invoices_skipped");
        var urgentSkipped = new QueueCapture("e2e-urgent-invoices_skipped");
        await using var bus = await EndToEndBus.StartAsync(configure: configurator =>
        {
            europeSkipped.Configure(configurator);
            urgentSkipped.Configure(configurator);
        });
        string[] regions = ["eu.fr", "us.ny", "eu", "eu.de.berlin", "us.ny.urgent", "urgent", "eu.urgent"];

        for (var number = 0; number < regions.Length; number++)
        {
            await bus.Bus.Publish(new RegionalInvoice(regions[number], number));
        }

        // Each queue takes one message at a time, in order, so once the last invoice (it matches every binding) is
        // handled everywhere, every earlier one has been handled or dropped.
        var last = regions.Length - 1;
        await bus.Probe.WaitOneAsync("eu-invoices", c => ((RegionalInvoice)c.Message).Number == last);
        await bus.Probe.WaitOneAsync("urgent-invoices", c => ((RegionalInvoice)c.Message).Number == last);
        await bus.Probe.WaitOneAsync("all-invoices", c => ((RegionalInvoice)c.Message).Number == last);
        Assert.Equal(["eu.fr", "eu.urgent"], Regions(bus, "eu-invoices"));
        Assert.Equal(["us.ny.urgent", "urgent", "eu.urgent"], Regions(bus, "urgent-invoices"));
        Assert.Equal(regions, Regions(bus, "all-invoices"));
        // Not matching is as if the broker never delivered it: dropped, not moved to _skipped.
        Assert.Empty(await europeSkipped.DrainAsync(bus.Bus));
        Assert.Empty(await urgentSkipped.DrainAsync(bus.Bus));
    }

    private static string[] Regions(EndToEndBus bus, string handler) =>
        [.. bus.Probe.Calls(handler).Select(c => (RegionalInvoice)c.Message).OrderBy(i => i.Number).Select(i => i.Region)];
}
