using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using MessagePack;
using Messaging;

namespace Messaging.Benchmarks;

/// <summary>The reference message of the benchmarks, shaped like DESIGN.md §4's OrderPlaced.</summary>
[Message("bench.order-placed")]
public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total, string CustomerId, IReadOnlyList<OrderLine> Lines);

/// <summary>One line of the reference message.</summary>
[Message]
public sealed record OrderLine(string Sku, int Quantity, decimal Price);

/// <summary>System.Text.Json's source-generated metadata for the same types.</summary>
[JsonSerializable(typeof(OrderPlaced))]
internal sealed partial class BenchJsonContext : JsonSerializerContext
{
}

/// <summary>
/// MessagePack-CSharp's best path for the reference message: the same shape with integer keys in field order, so
/// StandardResolver writes it as an array like our generated formatter does.
/// </summary>
[MessagePackObject]
public sealed record KeyedOrderPlaced(
    [property: Key(0)] Guid OrderId,
    [property: Key(1)] string Region,
    [property: Key(2)] decimal Total,
    [property: Key(3)] string CustomerId,
    [property: Key(4)] IReadOnlyList<KeyedOrderLine> Lines);

/// <summary>One line of <see cref="KeyedOrderPlaced"/>.</summary>
[MessagePackObject]
public sealed record KeyedOrderLine(
    [property: Key(0)] string Sku,
    [property: Key(1)] int Quantity,
    [property: Key(2)] decimal Price);

/// <summary>The same shape without attributes, for MessagePack-CSharp's ContractlessStandardResolver (a map keyed by member name).</summary>
public sealed record PlainOrderPlaced(Guid OrderId, string Region, decimal Total, string CustomerId, IReadOnlyList<PlainOrderLine> Lines);

/// <summary>One line of <see cref="PlainOrderPlaced"/>.</summary>
public sealed record PlainOrderLine(string Sku, int Quantity, decimal Price);

internal static class ReferenceMessages
{
    public static OrderPlaced Order { get; } = new(
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        "eu-west",
        129.90m,
        "customer-000042",
        [
            new OrderLine("SKU-000001", 2, 19.95m),
            new OrderLine("SKU-000002", 1, 60.00m),
            new OrderLine("SKU-000003", 10, 3.00m),
        ]);

    /// <summary>The reference order as MessagePack-CSharp's <c>[Key]</c> twin.</summary>
    public static KeyedOrderPlaced KeyedOrder { get; } = new(
        Order.OrderId,
        Order.Region,
        Order.Total,
        Order.CustomerId,
        [.. Order.Lines.Select(l => new KeyedOrderLine(l.Sku, l.Quantity, l.Price))]);

    /// <summary>The reference order as the plain twin.</summary>
    public static PlainOrderPlaced PlainOrder { get; } = new(
        Order.OrderId,
        Order.Region,
        Order.Total,
        Order.CustomerId,
        [.. Order.Lines.Select(l => new PlainOrderLine(l.Sku, l.Quantity, l.Price))]);
}
