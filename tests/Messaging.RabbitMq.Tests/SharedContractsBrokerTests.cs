using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Tests.Billing;
using Messaging.Tests.Contracts;
using Messaging.Tests.Shipping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// Issue 13 on a real broker: two services, each its own bus with only its own generated registration, share a
/// netstandard2.0 contracts assembly (tests/Contracts). One publishes, both handle; shipping publishes a contracts
/// message back that billing handles.
/// </summary>
public sealed class SharedContractsBrokerTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Two_services_exchange_messages_of_a_netstandard2_0_contracts_assembly_over_RabbitMQ()
    {
        await using var billing = await StartAsync(services => services.AddSingleton<BillingLedger>(), bus => bus.AddMessagingTestsBilling());
        await using var shipping = await StartAsync(services => services.AddSingleton<ShippingLedger>(), bus => bus.AddMessagingTestsShipping());

        var order = new OrderSubmitted(
            Guid.NewGuid(),
            "eu-west",
            129.90m,
            new Address("1 Rue de la Paix", "Paris", "FR"),
            [new OrderLine("SKU-1", 2, 10.50m), new OrderLine("SKU-2", 1, 108.90m)],
            ["gift"],
            new Dictionary<string, int> { ["SKU-1"] = 2 },
            [new Address("2 Main St", "Leeds", null)],
            new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero));
        await billing.Bus.Publish(order);

        var billingLedger = billing.Services.GetRequiredService<BillingLedger>();
        var shippingLedger = shipping.Services.GetRequiredService<ShippingLedger>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(billingLedger.Submitted.Count == 1 && shippingLedger.Submitted.Count == 1 && billingLedger.Shipped.Count == 1))
        {
            Assert.True(DateTime.UtcNow < deadline, "the services did not exchange the messages within 60 seconds");
            await Task.Delay(50);
        }

        var received = shippingLedger.Submitted.Single();
        Assert.Equal(order.ShipTo, received.ShipTo);
        Assert.Equal(order.Lines, received.Lines);
        Assert.Equal(order.Returns, received.Returns);
        Assert.Equal(2, received.Quantities["SKU-1"]);
        Assert.Equal(order.Total, billingLedger.Submitted.Single().Total);
        Assert.Equal(new OrderShipped(order.OrderId, "post", order.ShipTo), billingLedger.Shipped.Single());
    }

    private async Task<Service> StartAsync(Action<IServiceCollection> services, Action<MessagingBuilder> register)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services(collection);
        collection.AddMessaging(register).UseRabbitMq(o =>
        {
            o.Host = Broker.Host;
            o.Port = Broker.Port;
            o.UserName = Broker.UserName;
            o.Password = Broker.Password;
            o.VirtualHost = vhost.Name;
        });

        var provider = collection.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync(TimeSpan.FromSeconds(60));
        return new Service(provider, bus);
    }

    private sealed class Service(ServiceProvider provider, IBusControl bus) : IAsyncDisposable
    {
        public IServiceProvider Services => provider;

        public IBusControl Bus => bus;

        public async ValueTask DisposeAsync()
        {
            await bus.StopAsync(TimeSpan.FromSeconds(30));
            await provider.DisposeAsync();
        }
    }
}
