using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.Bus.Contracts;
using Messaging.Tests.Bus.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class HandlerShapeTests
{
    [Fact]
    public async Task Handler_and_its_parameters_are_resolved_from_the_consume_scope()
    {
        await using var bus = await TestBus.StartAsync();

        await bus.Bus.Publish(new Greet("Ada"));
        await bus.Bus.Publish(new Greet("Grace"));

        var seen = await bus.Observations.WaitAsync("greetings", 2);
        var texts = seen.Select(o => (string)o.Message).ToList();
        Assert.All(texts, text => Assert.EndsWith("same-scope=True", text, StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("Hello, Ada!", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.StartsWith("Hello, Grace!", StringComparison.Ordinal));
        // One scope per message: the scoped formatter is a different instance each time.
        Assert.Equal(2, texts.Select(text => text[text.IndexOf('#', StringComparison.Ordinal)..]).Distinct().Count());
    }

    [Fact]
    public async Task Handler_returning_a_message_responds_to_requests()
    {
        await using var bus = await TestBus.StartAsync();
        using var scope = bus.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<GetQuote>>();

        var response = await client.GetResponse<Quote>(new GetQuote("widget", 4));

        Assert.Equal(new Quote("widget", 6 * 4 * 1.25m), response.Message);
    }

    [Fact]
    public async Task Handler_returning_a_message_publishes_it_when_the_message_was_not_a_request()
    {
        await using var bus = await TestBus.StartAsync();
        var orderId = Guid.NewGuid();

        await bus.Bus.Publish(new ShipOrder(orderId), context => context.CorrelationId = orderId);

        var seen = await bus.Observations.WaitOneAsync("shipping-notifications");
        Assert.Equal(new OrderShipped(orderId, "Pigeon Post"), seen.Message);
        Assert.Equal("application/msgpack", seen.ContentType);
    }

    [Fact]
    public async Task Command_is_sent_without_an_address_to_the_queue_that_consumes_it()
    {
        await using var bus = await TestBus.StartAsync();
        var orderId = Guid.NewGuid();

        await bus.Bus.Send(new ReserveStock(orderId, "by-convention"));

        var seen = await bus.Observations.WaitOneAsync("stock");
        Assert.Equal(new ReserveStock(orderId, "by-convention"), seen.Message);
        Assert.Equal("application/msgpack", seen.ContentType);
    }

    [Fact]
    public async Task Handler_sends_a_command_without_an_address_from_its_consume_context()
    {
        await using var bus = await TestBus.StartAsync();
        var orderId = Guid.NewGuid();

        await bus.Bus.Publish(new OrderPlaced(orderId, "Ada", 3m, [new OrderLine("apple", 1), new OrderLine("pear", 2)], DateTimeOffset.UtcNow));

        var seen = await bus.Observations.WaitAsync("stock", 2);
        Assert.Equal(["apple", "pear"], seen.Select(o => ((ReserveStock)o.Message).Sku).Order());
        Assert.All(seen, o => Assert.Equal(orderId, ((ReserveStock)o.Message).OrderId));
    }
}
