using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging;
using Messaging.RabbitMq;
using Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Shop;
using Shop.Contracts;

// A small shop on the in-memory transport (or RabbitMQ with --transport rabbitmq): orders are placed, billed (the invoice cascades), shipped through a
// command sent without an address to a flaky carrier (retried), audited for Europe only (a routing-key binding),
// kept in per-customer order (a partition key), and queried with a request/response.
var orders = new List<OrderPlaced>
{
    Order("alice", "eu.west", 129.90m, ("SKU-1", 2, 19.95m), ("SKU-2", 1, 90.00m)),
    Order("bob", "us.east", 15.00m, ("SKU-3", 3, 5.00m)),
    Order("alice", "eu.west", 42.00m, ("SKU-4", 1, 42.00m)),
    Order("carol", "eu.north", 7.50m, ("SKU-5", 5, 1.50m)),
    Order("bob", "us.east", 99.99m, ("SKU-6", 1, 99.99m)),
    Order("alice", "eu.west", 3.20m, ("SKU-7", 4, 0.80m)),
};

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("MassTransit", LogLevel.Error); // retried failures are part of the story, told below
builder.Services.AddSingleton(new Journal([.. orders.Select(o => o.OrderId)]));
builder.Services.AddSingleton<InvoiceStore>();
builder.Services.AddSingleton<FlakyCarrier>();
// `--transport rabbitmq` runs the same shop on RabbitMQ, connected as the RabbitMq section of the configuration says
// (appsettings, or environment variables such as RabbitMq__Host=rabbit); without it, on the in-memory transport.
var transport = builder.Configuration["transport"] ?? "inmemory";
var messaging = builder.Services.AddMessaging(bus => bus.AddShop());
switch (transport.ToLowerInvariant())
{
    case "rabbitmq":
        messaging.UseRabbitMq(builder.Configuration.GetSection("RabbitMq"));
        break;
    case "inmemory":
        messaging.UseInMemory();
        break;
    default:
        Console.Error.WriteLine($"Unknown --transport '{transport}': use inmemory (the default) or rabbitmq.");
        return 2;
}

using var host = builder.Build();

// 1. The wire: one order as MessagePack.
var bytes = WireSerializer.Serialize(orders[0]);
Console.WriteLine($"OrderPlaced on the wire: {bytes.Length} bytes of MessagePack (a plain array any msgpack library reads)");
Console.WriteLine("  " + Convert.ToHexString(bytes).ToLowerInvariant());
var back = WireSerializer.Deserialize<OrderPlaced>(bytes);
var roundTrip = back.OrderId == orders[0].OrderId && back.Total == orders[0].Total && back.Lines.SequenceEqual(orders[0].Lines);
Console.WriteLine($"  read back: {back.CustomerId} {back.Region} {back.Total} EUR, {back.Lines.Count} lines -> {(roundTrip ? "identical" : "DIFFERENT")}");
Console.WriteLine();

// 2. The bus.
await host.StartAsync();
var journal = host.Services.GetRequiredService<Journal>();
// IMessagePublisher: on RabbitMQ straight to the broker (its own connection, confirms); in memory, the bus's Publish.
// IPublishEndpoint/IBus.Publish work too, through MassTransit's send pipeline.
var publisher = host.Services.GetRequiredService<IMessagePublisher>();
var bus = host.Services.GetRequiredService<IBus>();
var retriedId = NewId.NextGuid();
foreach (var order in orders)
{
    if (order == orders[0])
    {
        // A client that timed out and published again: with the same message id, the [Idempotent] handlers act once.
        await bus.Publish(order, context => context.MessageId = retriedId);
        await bus.Publish(order, context => context.MessageId = retriedId);
        continue;
    }

    await publisher.PublishAsync(order);
}

Console.WriteLine($"Published {orders.Count} orders from 3 customers in 3 regions over {transport}.");
var finished = await Task.WhenAny(journal.AllShipped, Task.Delay(TimeSpan.FromSeconds(30))) == journal.AllShipped;

// 3. Request/response: the handler's return value is the response.
OrderStatus? status = null;
if (finished)
{
    using var scope = host.Services.CreateScope();
    var client = scope.ServiceProvider.GetRequiredService<IRequestClient<GetOrderStatus>>();
    status = (await client.GetResponse<OrderStatus>(new GetOrderStatus(orders[2].OrderId))).Message;
}

await host.StopAsync();

Console.WriteLine();
Console.WriteLine("What flowed:");
if (journal.EarlierOrdersShipped > 0)
{
    Console.WriteLine($"  (and {journal.EarlierOrdersShipped} orders that were waiting in the durable queues from before this run, placed by samples/python/producer.py for example)");
}

foreach (var line in journal.Lines)
{
    Console.WriteLine("  " + line);
}

Console.WriteLine();
var shipped = journal.Shipped;
var retried = shipped.Count(s => s.Attempts > 1);
var audited = journal.Audited;
var ledger = journal.Ledger;
var inOrder = orders.GroupBy(o => o.CustomerId)
    .All(g => ledger.TryGetValue(g.Key, out var seen) && seen.SequenceEqual(g.Select(o => o.OrderId)));
var europeanOnly = audited.Count == orders.Count(o => o.Region.StartsWith("eu.", StringComparison.Ordinal))
    && audited.All(r => r.StartsWith("eu.", StringComparison.Ordinal));

Console.WriteLine("Checks:");
Check($"all {orders.Count} orders invoiced, shipped and notified", finished && shipped.Count == orders.Count);
Check($"carrier failures retried ({retried} of {shipped.Count} needed a second attempt)", retried == shipped.Count);
Check($"eu.* audit saw only European orders ({string.Join(", ", audited.Order(StringComparer.Ordinal))})", europeanOnly);
Check("each customer's orders reached the ledger in the order they were placed", inOrder);
Check($"status request answered: {status?.Status} ({status?.InvoiceNumber}, {status?.TrackingNumber})",
    status is { Status: "shipped", InvoiceNumber: not null, TrackingNumber: not null });
Check("MessagePack round trip identical", roundTrip);
Check($"the order published twice under one message id was billed once ([Idempotent])", host.Services.GetRequiredService<InvoiceStore>().TimesBilled(orders[0].OrderId) == 1);
return Environment.ExitCode;

static void Check(string what, bool ok)
{
    Console.WriteLine($"  [{(ok ? "ok" : "FAILED")}] {what}");
    if (!ok)
    {
        Environment.ExitCode = 1;
    }
}

static OrderPlaced Order(string customer, string region, decimal total, params (string Sku, int Quantity, decimal Price)[] lines) =>
    new(Guid.NewGuid(), region, total, customer, [.. lines.Select(l => new OrderLine(l.Sku, l.Quantity, l.Price))], DateTime.UtcNow);
