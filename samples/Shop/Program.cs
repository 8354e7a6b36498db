using System;
using Messaging.Serialization;
using Shop.Contracts;

// Serialize a message with the generated formatter, show the bytes, and read them back.
var order = new OrderPlaced(
    OrderId: Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
    Region: "eu-west",
    Total: 129.90m,
    CustomerId: "c-42",
    Lines: [new OrderLine("SKU-1", 2, 19.95m), new OrderLine("SKU-2", 1, 90.00m)],
    PlacedAt: new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc));

byte[] bytes = MessagePackSerializer.Serialize(order);
Console.WriteLine($"OrderPlaced as MessagePack ({bytes.Length} bytes):");
Console.WriteLine(Convert.ToHexString(bytes).ToLowerInvariant());

var back = MessagePackSerializer.Deserialize<OrderPlaced>(bytes);
Console.WriteLine();
Console.WriteLine($"Read back: order {back.OrderId} from {back.CustomerId} in {back.Region}, total {back.Total}, placed {back.PlacedAt:u}");
foreach (var line in back.Lines)
{
    Console.WriteLine($"  {line.Quantity} x {line.Sku} at {line.Price}");
}

var same = back.OrderId == order.OrderId && back.Total == order.Total && back.Lines.Count == order.Lines.Count
    && back.Lines[0] == order.Lines[0] && back.PlacedAt == order.PlacedAt;
Console.WriteLine(same ? "Round trip: identical." : "Round trip: DIFFERENT.");
return same ? 0 : 1;
