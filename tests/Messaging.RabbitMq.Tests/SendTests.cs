using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests;

public sealed class SendTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Command_sent_without_an_address_reaches_the_one_queue_that_handles_it()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var command = new ReserveStock(Guid.NewGuid(), "SKU-9", 3);

        await bus.Bus.Send(command);

        var call = await probe.WaitOneAsync("stock");
        Assert.Equal(command, call.Message);
    }

    [Fact]
    public async Task Send_to_a_handler_queues_queue_address_fails_at_once_with_the_fix_and_its_exchange_address_delivers()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        var command = new ReserveStock(Guid.NewGuid(), "SKU-10", 1);

        // queue:rmq-stock would redeclare the queue without its dead-letter exchange, which RabbitMQ refuses; without the
        // check, MassTransit retries that declaration until the send is canceled.
        var byQueue = await bus.Bus.GetSendEndpoint(new Uri("queue:rmq-stock"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => byQueue.Send(command).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("exchange:rmq-stock", error.Message, StringComparison.Ordinal);

        var byExchange = await bus.Bus.GetSendEndpoint(new Uri("exchange:rmq-stock"));
        await byExchange.Send(command);

        var call = await probe.WaitOneAsync("stock", c => ((ReserveStock)c.Message).ReservationId == command.ReservationId);
        Assert.Equal(command, call.Message);
        // The queue kept its arguments.
        var queue = (await Broker.GetQueueAsync(vhost.Name, "rmq-stock"))!.Value;
        Assert.Equal("rmq-stock_dead-letter", queue.GetProperty("arguments").GetProperty("x-dead-letter-exchange").GetString());
    }
}
