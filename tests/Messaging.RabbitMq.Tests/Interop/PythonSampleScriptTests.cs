using System;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.RabbitMq.Tests.Interop.Infrastructure;
using Shop.Contracts;
using Xunit;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>
/// samples/python/producer.py and consumer.py, run as a Python team runs them, against handlers and a publisher of
/// the Shop sample's own contracts (samples/Shop/Contracts.cs is compiled into this project).
/// </summary>
public sealed class PythonSampleScriptTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Sample_producer_places_orders_the_shops_contract_reads()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        var output = await PythonPeer.RunAsync("producer.py", "--url", PythonPeer.Url(vhost.Name), "--count", "2", "--customer", "c-7");

        // Filtered by customer: the class's other test publishes orders to the same virtual host.
        var calls = await probe.WaitAsync("interop-shop-billing", 2, c => c.Message is OrderPlaced { CustomerId: "c-7" });
        var totals = new decimal[2];
        for (var i = 0; i < 2; i++)
        {
            var order = Assert.IsType<OrderPlaced>(calls[i].Message);
            Assert.Contains($"placed order {order.OrderId} for c-7 in eu.west", output, StringComparison.Ordinal);
            Assert.Equal("eu.west", order.Region);
            Assert.Equal("c-7", order.CustomerId);
            Assert.Equal(["SKU-1", "SKU-2"], [order.Lines[0].Sku, order.Lines[1].Sku]);
            Assert.Equal(order.Lines[0].Quantity * order.Lines[0].Price + order.Lines[1].Quantity * order.Lines[1].Price, order.Total);
            Assert.Equal(DateTimeKind.Utc, order.PlacedAt.Kind);
            Assert.InRange(order.PlacedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow);
            // The partition key travels as the header the queue's consistent-hash exchange hashes.
            Assert.Equal("c-7", calls[i].Headers["Messaging-PartitionKey"]?.ToString());
            totals[i] = order.Total;
        }

        Array.Sort(totals);
        Assert.Equal([129.90m, 130.90m], totals);
    }

    [Fact]
    public async Task Sample_consumer_decodes_the_orders_and_invoices_a_dotnet_service_publishes()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);
        await using var python = await PythonPeer.StartReadyAsync("consumer.py", "--url", PythonPeer.Url(vhost.Name), "--count", "2");
        var order = new OrderPlaced(Guid.Parse("28b544f6-c649-4747-95f9-bd888f7a59b5"), "eu-west", 129.90m, "c-42",
            [new OrderLine("SKU-1", 2, 19.95m), new OrderLine("SKU-2", 1, 90.00m)], new DateTime(2026, 11, 21, 5, 40, 19, DateTimeKind.Utc).AddTicks(1_493_240));
        var invoice = new InvoiceCreated(order.OrderId, "INV-0001", 129.90m, "c-42");

        await bus.Bus.Publish(order);
        await bus.Bus.Publish(invoice);

        var output = await python.CompleteAsync();
        Assert.Contains("OrderPlaced(order_id=UUID('28b544f6-c649-4747-95f9-bd888f7a59b5'), region='eu-west', total=Decimal('129.90'), customer_id='c-42', "
            + "lines=[OrderLine(sku='SKU-1', quantity=2, price=Decimal('19.95')), OrderLine(sku='SKU-2', quantity=1, price=Decimal('90.00'))], "
            + "placed_at=datetime.datetime(2026, 11, 21, 5, 40, 19, 149324, tzinfo=datetime.timezone.utc))", output, StringComparison.Ordinal);
        Assert.Contains("InvoiceCreated(order_id=UUID('28b544f6-c649-4747-95f9-bd888f7a59b5'), invoice_number='INV-0001', amount=Decimal('129.90'), customer_id='c-42')",
            output, StringComparison.Ordinal);
    }
}
