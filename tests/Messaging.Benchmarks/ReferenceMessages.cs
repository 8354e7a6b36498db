using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
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
}
