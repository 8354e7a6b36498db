using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Serialization;
using Messaging.Tests.Billing;
using Messaging.Tests.Contracts;
using Messaging.Tests.Infrastructure;
using Messaging.Tests.Shipping;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.SharedContracts;

/// <summary>
/// Issue 13: a contracts assembly that references only Messaging.Abstractions and targets netstandard2.0
/// (tests/Contracts/Messaging.Tests.Contracts), shared by two services (Messaging.Tests.Billing and
/// Messaging.Tests.Shipping), used to build clean and then throw "No MessagePack formatter is registered" on the
/// first message. Its formatters are now generated into it and registered before the services run.
/// </summary>
public sealed class SharedContractsTests
{
    private static OrderSubmitted Sample() => new(
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        "eu-west",
        129.90m,
        new Address("1 Rue de la Paix", "Paris", "FR"),
        [new OrderLine("SKU-1", 2, 10.50m), new OrderLine("SKU-2", 1, 108.90m)],
        ["gift", "express"],
        new Dictionary<string, int> { ["SKU-1"] = 2, ["SKU-2"] = 1 },
        [new Address("2 Main St", "Leeds", null)],
        new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_services_run_the_netstandard2_0_build_of_the_contracts()
    {
        // The case under test is the netstandard2.0 assembly (both services reference that build), not the net10.0 one.
        var framework = typeof(OrderSubmitted).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
    }

    [Fact]
    public void Formatters_of_the_contracts_assembly_are_registered_nested_types_included()
    {
        Assert.True(WireFormatters.IsRegistered<OrderSubmitted>());
        Assert.True(WireFormatters.IsRegistered<OrderLine>());
        Assert.True(WireFormatters.IsRegistered<Address>());
        Assert.True(WireFormatters.IsRegistered<OrderShipped>());
    }

    [Fact]
    public void Nested_types_and_collections_of_the_contracts_assembly_round_trip()
    {
        var order = Sample();

        var copy = WireSerializer.Deserialize<OrderSubmitted>(WireSerializer.Serialize(order));

        AssertSame(order, copy);
    }

    [Fact]
    public void Contracts_messages_are_plain_msgpack_arrays_in_declaration_order()
    {
        var bytes = WireSerializer.Serialize(new Address("a", "b", null));

        // fixarray(3), fixstr "a", fixstr "b", nil: what a Python msgpack peer reads as ["a", "b", None].
        Assert.Equal(new byte[] { 0x93, 0xA1, (byte)'a', 0xA1, (byte)'b', 0xC0 }, bytes);
    }

    [Fact]
    public async Task Two_services_handle_a_contracts_message_and_one_publishes_a_contracts_message_back()
    {
        var (provider, bus) = await InMemoryBusHost.StartAsync(
            services => services.AddSingleton<BillingLedger>().AddSingleton<ShippingLedger>(),
            messaging => messaging.AddMessagingTestsBilling().AddMessagingTestsShipping(),
            configure: null);
        try
        {
            var order = Sample();
            await bus.Publish(order);

            var billing = provider.GetRequiredService<BillingLedger>();
            var shipping = provider.GetRequiredService<ShippingLedger>();
            await WaitUntil(() => billing.Submitted.Count == 1 && shipping.Submitted.Count == 1 && billing.Shipped.Count == 1);

            AssertSame(order, billing.Submitted.Single());
            AssertSame(order, shipping.Submitted.Single());
            var shipped = billing.Shipped.Single();
            Assert.Equal(order.OrderId, shipped.OrderId);
            Assert.Equal("post", shipped.Carrier);
            Assert.Equal(order.ShipTo, shipped.To);
        }
        finally
        {
            await InMemoryBusHost.StopAsync(provider, bus);
        }
    }

    private static void AssertSame(OrderSubmitted expected, OrderSubmitted actual)
    {
        Assert.Equal(expected.OrderId, actual.OrderId);
        Assert.Equal(expected.Region, actual.Region);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.ShipTo, actual.ShipTo);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Quantities.OrderBy(p => p.Key), actual.Quantities.OrderBy(p => p.Key));
        Assert.Equal(expected.Returns, actual.Returns);
        Assert.Equal(expected.SubmittedAt, actual.SubmittedAt);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the handlers did not receive the messages within 30 seconds");
            await Task.Delay(20);
        }
    }
}
