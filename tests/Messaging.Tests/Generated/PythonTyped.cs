using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;

namespace Messaging.Tests.Generated;

/// <summary>
/// What a Python consumer should find in a message, for <c>PythonMsgpack.Check</c>: Python parses each string
/// into its natural type (<c>uuid.UUID</c>, <c>decimal.Decimal</c>) and compares there.
/// </summary>
#pragma warning disable CA1720 // The factories are named after the Python types they describe.
public static class PythonTyped
{
    public static JsonArray Nil() => ["nil"];

    public static JsonArray Bool(bool value) => ["bool", value];

    public static JsonArray Int(long value) => ["int", value.ToString(CultureInfo.InvariantCulture)];

    /// <summary>A Python float, which has the bits of a float64; a float32 arrives widened.</summary>
    public static JsonArray Float(double value) => ["float64", BitConverter.DoubleToUInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture)];

    public static JsonArray Str(string value) => ["str", value];

    public static JsonArray Bytes(ReadOnlySpan<byte> value) => ["bytes", MsgPack.ToHex(value)];

    public static JsonArray Uuid(Guid value) => ["uuid", value.ToString("D", CultureInfo.InvariantCulture)];

    public static JsonArray Decimal(decimal value) => ["decimal", value.ToString(CultureInfo.InvariantCulture)];

    public static JsonArray Decimal(string text) => ["decimal", text];

    /// <summary>A UTC instant, truncated to the microseconds Python's datetime has.</summary>
    public static JsonArray DateTime(System.DateTime value)
    {
        // Local values are converted, Unspecified ones are taken as UTC (docs/wire-format.md).
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : System.DateTime.SpecifyKind(value, DateTimeKind.Utc);
        var micro = new System.DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
        return ["datetime", micro.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00:00"];
    }

    public static JsonArray List(IEnumerable<JsonNode> items) => ["list", new JsonArray([.. items])];

    public static JsonArray Dict(IEnumerable<KeyValuePair<string, JsonNode>> entries) =>
        ["dict", new JsonArray([.. entries.Select(e => (JsonNode)new JsonArray(e.Key, e.Value))])];

    /// <summary>The order as nested Python values, field by field in key order.</summary>
    public static JsonArray Order(OrderPlaced order) => List(
    [
        Uuid(order.OrderId),
        Str(order.Region),
        Decimal(order.Total),
        Str(order.CustomerId),
        List(order.Lines.Select(line => (JsonNode)List([Str(line.Sku), Int(line.Quantity), Decimal(line.Price)]))),
        DateTime(order.PlacedAt),
        Int((int)order.Status),
        order.CouponCode is null ? Nil() : Str(order.CouponCode),
        Dict(order.Attributes.Select(a => KeyValuePair.Create(a.Key, (JsonNode)Str(a.Value)))),
        Bytes(order.Signature),
    ]);
}
#pragma warning restore CA1720
