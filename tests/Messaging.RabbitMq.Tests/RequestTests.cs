using System;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.RabbitMq.Tests;

public sealed class RequestTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Request_is_answered_with_the_handlers_return_value()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        using var scope = bus.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<GetQuote>>();
        var request = new GetQuote(Guid.NewGuid(), "SKU-12345");

        var response = await client.GetResponse<Quote>(request, timeout: RequestTimeout.After(s: 30));

        Assert.Equal(new Quote(request.QuoteId, "SKU-12345", 11.25m), response.Message);
    }
}
