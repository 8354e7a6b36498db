using System;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Context;
using MassTransit.Middleware;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>Which send addresses the queue-address guard refuses: those that would redeclare a queue Messaging declared.</summary>
public sealed class QueueAddressFilterTests
{
    private static readonly QueueAddressFilter s_filter = new(["rmq-stock", "rmq-accounts", "rmq-accounts.partition-0"]);

    [Theory]
    [InlineData("rabbitmq://localhost/shop/rmq-stock?bind=true")]
    [InlineData("rabbitmq://localhost/shop/rmq-stock?durable=true&bind=true")]
    [InlineData("rabbitmq://localhost/shop/some-exchange?bind=true&queue=rmq-stock")]
    [InlineData("rabbitmq://localhost/rmq-accounts.partition-0?bind=true")]
    public async Task Address_that_declares_a_queue_Messaging_declared_is_refused_with_its_exchange_address(string address)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(address));

        Assert.Contains("PRECONDITION_FAILED", error.Message, StringComparison.Ordinal);
        Assert.Contains("exchange:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rabbitmq://localhost/shop/rmq-stock")]
    [InlineData("rabbitmq://localhost/shop/rmq-stock?type=fanout")]
    [InlineData("rabbitmq://localhost/shop/rmq-stock?bind=false")]
    [InlineData("rabbitmq://localhost/shop/python-orders?bind=true")]
    [InlineData("rabbitmq://localhost/shop/bus-temp?temporary=true")]
    public async Task Exchange_addresses_and_queues_of_others_pass(string address)
    {
        Assert.True(await SendAsync(address));
    }

    private static async Task<bool> SendAsync(string address)
    {
        var context = new MessageSendContext<object>(new object()) { DestinationAddress = new Uri(address) };
        var reached = false;
        await s_filter.Send(context, Pipe.Execute<SendContext>(_ => reached = true));
        return reached;
    }
}
