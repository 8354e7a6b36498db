using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Messaging.Tests.Generated.Contracts;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>Messages with every field set, shared by the round-trip, robustness and interop tests.</summary>
public static class SampleOrders
{
    public static readonly Guid OrderId = new("5f0c2b1e-8a3d-4c7f-9e21-6b4d3a2f1c0e");

    public static readonly DateTime PlacedAt = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1_234_560);

    /// <summary>An order with lines, a coupon, attributes and a signature.</summary>
    public static OrderPlaced Rich() => new(
        OrderId,
        "eu-west",
        129.90m,
        "c-42",
        [new OrderLine("SKU-1", 2, 19.95m), new OrderLine("SKU-2", 1, 90.00m)],
        PlacedAt,
        OrderStatus.Paid,
        "SPRING-10",
        new Dictionary<string, string> { ["channel"] = "web", ["note"] = "leave at the door — merci" },
        [0xde, 0xad, 0xbe, 0xef]);

    /// <summary>A tree that is a chain of <paramref name="levels"/> nodes, each the only child of the one above.</summary>
    public static TreeNode Chain(int levels)
    {
        var node = new TreeNode("leaf", []);
        for (var level = 1; level < levels; level++)
        {
            node = new TreeNode(level.ToString(CultureInfo.InvariantCulture), [node]);
        }

        return node;
    }

    /// <summary>Asserts that two orders hold the same values, member by member.</summary>
    public static void AssertSame(OrderPlaced expected, OrderPlaced actual)
    {
        Assert.Equal(expected.OrderId, actual.OrderId);
        Assert.Equal(expected.Region, actual.Region);
        Assert.Equal(decimal.GetBits(expected.Total), decimal.GetBits(actual.Total));
        Assert.Equal(expected.CustomerId, actual.CustomerId);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Lines.Select(l => l.Price.ToString(CultureInfo.InvariantCulture)), actual.Lines.Select(l => l.Price.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(expected.PlacedAt.Kind == DateTimeKind.Local ? expected.PlacedAt.ToUniversalTime() : expected.PlacedAt, actual.PlacedAt);
        Assert.Equal(DateTimeKind.Utc, actual.PlacedAt.Kind);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.CouponCode, actual.CouponCode);
        Assert.Equal(expected.Attributes, actual.Attributes);
        Assert.Equal(expected.Signature, actual.Signature);
    }
}
