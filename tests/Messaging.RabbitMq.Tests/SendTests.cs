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
}
