using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Messaging.Tests.Infrastructure;

/// <summary>
/// A MessagePack value described as JSON, the common language of the interop tests: C# and Python both build
/// values from it and describe what they decoded in it, so the two sides can be compared field by field.
/// </summary>
/// <remarks>
/// Every value is a JSON array whose first element names its family:
/// <c>["nil"]</c>, <c>["bool", true]</c>, <c>["int", "-129"]</c> (decimal text, exact for 64-bit values),
/// <c>["float32", "3fc00000"]</c> and <c>["float64", "3ff8000000000000"]</c> (IEEE bits, so NaN, infinities and
/// -0.0 are exact), <c>["str", "text"]</c>, <c>["bin", "00ff"]</c>, <c>["array", [items]]</c>,
/// <c>["map", [[key, value], ...]]</c> (wire order, duplicates kept), <c>["ext", 5, "00ff"]</c> and
/// <c>["ts", "seconds", nanoseconds]</c> for the timestamp extension.
/// </remarks>
#pragma warning disable CA1720 // The factories are named after the families they describe, type names included.
public static class Spec
{
    public static JsonArray Nil() => ["nil"];

    public static JsonArray Bool(bool value) => ["bool", value];

    public static JsonArray Int(long value) => ["int", value.ToString(CultureInfo.InvariantCulture)];

    public static JsonArray UInt(ulong value) => ["int", value.ToString(CultureInfo.InvariantCulture)];

    public static JsonArray Float32(float value) => ["float32", BitConverter.SingleToUInt32Bits(value).ToString("x8", CultureInfo.InvariantCulture)];

    public static JsonArray Float64(double value) => ["float64", BitConverter.DoubleToUInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture)];

    public static JsonArray Str(string value) => ["str", value];

    public static JsonArray Bin(ReadOnlySpan<byte> value) => ["bin", MsgPack.ToHex(value)];

    public static JsonArray Array(params JsonNode[] items) => ["array", new JsonArray([.. items.Select(Own)])];

    public static JsonArray Map(params (JsonNode Key, JsonNode Value)[] entries) =>
        ["map", new JsonArray([.. entries.Select(e => (JsonNode)new JsonArray(Own(e.Key), Own(e.Value)))])];

    public static JsonArray Ext(sbyte typeCode, ReadOnlySpan<byte> data) => ["ext", typeCode, MsgPack.ToHex(data)];

    /// <summary>A timestamp from seconds since the Unix epoch and nanoseconds (0..999 999 999) added to them.</summary>
    public static JsonArray Timestamp(long seconds, uint nanoseconds) => ["ts", seconds.ToString(CultureInfo.InvariantCulture), nanoseconds];

    /// <summary>The timestamp of a UTC instant.</summary>
    public static JsonArray Timestamp(DateTime utc)
    {
        var (seconds, nanoseconds) = ToUnix(utc);
        return Timestamp(seconds, nanoseconds);
    }

    /// <summary>Seconds since the Unix epoch (floored) and the nanoseconds added to them.</summary>
    public static (long Seconds, uint Nanoseconds) ToUnix(DateTime utc)
    {
        var ticks = utc.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return (seconds, (uint)(remainder * 100));
    }

    /// <summary>The UTC instant of a timestamp, which must be a whole number of 100 ns ticks.</summary>
    public static DateTime FromUnix(long seconds, uint nanoseconds)
    {
        if (nanoseconds % 100 != 0)
        {
            throw new ArgumentException($"{nanoseconds} ns is not a whole number of DateTime ticks", nameof(nanoseconds));
        }

        return new DateTime(DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100), DateTimeKind.Utc);
    }

    // A JSON node has one parent; a spec used twice is copied rather than moved.
    private static JsonNode Own(JsonNode node) => node.Parent is null ? node : node.DeepClone();

    /// <summary>The family name of a spec: <c>"int"</c>, <c>"array"</c>, ...</summary>
    public static string Kind(JsonNode spec) => spec[0]!.GetValue<string>();

    /// <summary>
    /// The spec as Python's decoder reports it: Python has no float32, so a float32 arrives widened to float64.
    /// </summary>
    public static JsonNode AsDecodedByPython(JsonNode spec) => Kind(spec) switch
    {
        "float32" => Float64(BitConverter.UInt32BitsToSingle(uint.Parse(spec[1]!.GetValue<string>(), NumberStyles.HexNumber, CultureInfo.InvariantCulture))),
        "array" => Array([.. spec[1]!.AsArray().Select(item => AsDecodedByPython(item!))]),
        "map" => Map([.. spec[1]!.AsArray().Select(entry => (AsDecodedByPython(entry![0]!), AsDecodedByPython(entry[1]!)))]),
        _ => spec.DeepClone(),
    };
}
#pragma warning restore CA1720
