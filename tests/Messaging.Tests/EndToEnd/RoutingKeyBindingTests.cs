using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
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

    [Fact]
    public async Task Command_sent_to_a_bound_queue_is_handled_whatever_its_routing_key()
    {
        var skipped = new QueueCapture("e2e-eu-parcels_skipped");
        await using var bus = await EndToEndBus.StartAsync(configure: skipped.Configure);

        // Sent, by the generated convention and to the queue's address: bindings do not apply, as on a broker.
        await bus.Bus.Send(new RouteParcel("us.ny", 1));
        await bus.Bus.Send(new RouteParcel("eu.fr", 2));
        var queue = await bus.Bus.GetSendEndpoint(new Uri("queue:e2e-eu-parcels"));
        await queue.Send(new RouteParcel("us.ca", 3));
        // Published: the binding still applies.
        await bus.Bus.Publish(new RouteParcel("us.tx", 4));
        await bus.Bus.Publish(new RouteParcel("eu.de", 5));

        // One message at a time, in order: once the last is handled, every earlier one has been handled or dropped.
        await bus.Probe.WaitOneAsync("eu-parcels", c => ((RouteParcel)c.Message).Number == 5);
        Assert.Equal([1, 2, 3, 5], bus.Probe.Calls("eu-parcels").Select(c => ((RouteParcel)c.Message).Number));
        Assert.Empty(await skipped.DrainAsync(bus.Bus));
    }

    [Fact]
    public async Task Command_sent_to_a_bound_partitioned_queue_is_handled_whatever_its_routing_key()
    {
        var skipped = new QueueCapture("e2e-eu-freight_skipped");
        await using var bus = await EndToEndBus.StartAsync(configure: skipped.Configure);

        await bus.Bus.Send(new RouteFreight("us.ny", "north", 1));
        await bus.Bus.Send(new RouteFreight("eu.fr", "north", 2));
        await bus.Bus.Publish(new RouteFreight("us.tx", "north", 3));
        await bus.Bus.Publish(new RouteFreight("eu.de", "north", 4));

        // One lane, so one partition, in order; the dispatcher applies the binding to the published ones only.
        await bus.Probe.WaitOneAsync("eu-freight", c => ((RouteFreight)c.Message).Number == 4);
        Assert.Equal([1, 2, 4], bus.Probe.Calls("eu-freight").Select(c => ((RouteFreight)c.Message).Number));
        Assert.Empty(await skipped.DrainAsync(bus.Bus));
    }

    private static string[] Regions(EndToEndBus bus, string handler) =>
        [.. bus.Probe.Calls(handler).Select(c => (RegionalInvoice)c.Message).OrderBy(i => i.Number).Select(i => i.Region)];
}
