using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Messaging.Tests.Interop;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Generated formatters against Python's msgpack (/usr/bin/python3, Debian's python3-msgpack): Python reads what we
/// write into its own types, and we read what Python producers write. Each test is one Python process for all its
/// cases. Without msgpack these tests fail with the reason; they never skip.
/// </summary>
public sealed class GeneratedPythonInteropTests
{
    private static readonly DateTime s_placedAt = SampleOrders.PlacedAt;

    // Orders that between them use every field's edge cases.
    private static IEnumerable<(string Label, OrderPlaced Order)> Orders()
    {
        var rich = SampleOrders.Rich();
        yield return ("rich", rich);
        yield return ("minimal", new OrderPlaced(Guid.Empty, "", 0.00m, "", [], DateTime.UnixEpoch.AddMilliseconds(-500), OrderStatus.Pending, null, [], []));
        yield return ("extremes", rich with
        {
            OrderId = new Guid("ffffffff-ffff-ffff-ffff-ffffffffffff"),
            Region = "日本 — région 😀",
            Total = decimal.MaxValue,
            Lines = [.. Enumerable.Range(0, 1000).Select(i => new OrderLine("S" + i.ToString(CultureInfo.InvariantCulture), int.MinValue + i, -0.0000000000000000000000000001m * (i + 1)))],
            PlacedAt = new DateTime(2600, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(10),
            Status = (OrderStatus)42,
            Attributes = Enumerable.Range(0, 40).ToDictionary(i => "k" + i.ToString(CultureInfo.InvariantCulture), i => new string('v', i * 100)),
            Signature = [.. Enumerable.Range(0, 70 * 1024).Select(i => (byte)i)],
        });
        yield return ("scale kept", rich with { Total = -7.9228162514264337593543950335m, Lines = [new OrderLine("A", 0, 1.000m), new OrderLine("B", int.MaxValue, 100m)] });
        yield return ("local time", rich with { PlacedAt = new DateTime(2024, 5, 6, 12, 38, 9, DateTimeKind.Local) });
        yield return ("unspecified time", rich with { PlacedAt = DateTime.SpecifyKind(s_placedAt, DateTimeKind.Unspecified) });
        yield return ("limits of time", rich with { PlacedAt = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc) });
        yield return ("end of time", rich with { PlacedAt = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc) });
    }

    [Fact]
    public void Python_reads_every_field_of_generated_orders_into_its_own_types()
    {
        var orders = Orders().ToList();

        var differences = PythonMsgpack.Check(orders.Select(o => (WireSerializer.Serialize(o.Order), (JsonNode)PythonTyped.Order(o.Order))));

        Assert.Equal(orders.Count, differences.Count);
        for (var i = 0; i < orders.Count; i++)
        {
            Assert.True(differences[i].Count == 0, $"{orders[i].Label}: {string.Join(Environment.NewLine, differences[i])}");
        }
    }

    [Fact]
    public void Python_check_reports_a_wrong_scale_a_wrong_uuid_and_a_wrong_instant()
    {
        // The comparison can fail: the same order checked against slightly wrong expectations.
        var order = SampleOrders.Rich();
        var expected = PythonTyped.Order(order);
        var fields = expected[1]!.AsArray();
        fields[0] = PythonTyped.Uuid(new Guid("5f0c2b1e-8a3d-4c7f-9e21-6b4d3a2f1c0f"));
        fields[2] = PythonTyped.Decimal("129.9");
        fields[5] = PythonTyped.DateTime(order.PlacedAt.AddTicks(10));

        var differences = PythonMsgpack.Check([(WireSerializer.Serialize(order), expected)]).Single();

        Assert.Equal(3, differences.Count);
        Assert.StartsWith("$[0]: expected UUID 5f0c2b1e-8a3d-4c7f-9e21-6b4d3a2f1c0f", differences[0], StringComparison.Ordinal);
        Assert.Equal("$[2]: expected Decimal('129.9'), found Decimal('129.90')", differences[1]);
        Assert.Equal("$[5]: expected 2024-05-06T07:08:09.123457+00:00, found 2024-05-06T07:08:09.123456+00:00", differences[2]);
    }

    [Fact]
    public void Python_reads_integer_limits_enums_and_nil_of_generated_messages()
    {
        var minimum = new AllIntegers(sbyte.MinValue, byte.MinValue, short.MinValue, ushort.MinValue, int.MinValue, uint.MinValue, long.MinValue, ulong.MinValue);
        var maximum = new AllIntegers(sbyte.MaxValue, byte.MaxValue, short.MaxValue, ushort.MaxValue, int.MaxValue, uint.MaxValue, long.MaxValue, ulong.MaxValue);
        var enums = new EnumValues(Color.Blue, Size.Large, Temperature.Freezing, Altitude.Trench, Port.Highest, Capacity.Full, Distance.Behind, Mask.All, Permissions.Read | Permissions.Admin);
        var nils = new NullableValues(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        var decoded = PythonMsgpack.Unpack([
            WireSerializer.Serialize(minimum),
            WireSerializer.Serialize(maximum),
            WireSerializer.Serialize(enums),
            WireSerializer.Serialize(nils),
        ]);

        SpecAssert.Same("minimum", Spec.Array(Spec.Int(sbyte.MinValue), Spec.Int(0), Spec.Int(short.MinValue), Spec.Int(0), Spec.Int(int.MinValue), Spec.Int(0), Spec.Int(long.MinValue), Spec.Int(0)), decoded[0]);
        SpecAssert.Same("maximum", Spec.Array(Spec.Int(sbyte.MaxValue), Spec.Int(byte.MaxValue), Spec.Int(short.MaxValue), Spec.Int(ushort.MaxValue), Spec.Int(int.MaxValue), Spec.Int(uint.MaxValue), Spec.Int(long.MaxValue), Spec.UInt(ulong.MaxValue)), decoded[1]);
        SpecAssert.Same("enums", Spec.Array(Spec.Int(2), Spec.Int(255), Spec.Int(-128), Spec.Int(short.MinValue), Spec.Int(ushort.MaxValue), Spec.Int(uint.MaxValue), Spec.Int(long.MinValue), Spec.UInt(ulong.MaxValue), Spec.Int((1 << 30) | 1)), decoded[2]);
        SpecAssert.Same("nils", Spec.Array([.. Enumerable.Range(0, 20).Select(_ => (JsonNode)Spec.Nil())]), decoded[3]);
    }

    [Fact]
    public void Python_reads_floats_booleans_chars_durations_and_offsets_of_generated_messages()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var offset = new DateTimeOffset(2024, 5, 6, 9, 38, 9, 123, TimeSpan.FromHours(2.5));
        (byte[] Document, JsonNode Expected)[] cases =
        [
            (WireSerializer.Serialize(new MixedScalars(true, false, 0.1f, -0.0, 12.50m, 'é', guid, TimeSpan.FromMinutes(90))),
                PythonTyped.List([PythonTyped.Bool(true), PythonTyped.Bool(false), PythonTyped.Float(0.1f), PythonTyped.Float(-0.0), PythonTyped.Decimal("12.50"), PythonTyped.Int('é'), PythonTyped.Uuid(guid), PythonTyped.Int(TimeSpan.FromMinutes(90).Ticks)])),
            (WireSerializer.Serialize(new MixedScalars(false, true, float.NegativeInfinity, double.NaN, decimal.MinValue, '\ud800', Guid.Empty, TimeSpan.MinValue)),
                PythonTyped.List([PythonTyped.Bool(false), PythonTyped.Bool(true), PythonTyped.Float(double.NegativeInfinity), PythonTyped.Float(double.NaN), PythonTyped.Decimal(decimal.MinValue), PythonTyped.Int(0xd800), PythonTyped.Uuid(Guid.Empty), PythonTyped.Int(long.MinValue)])),
            (WireSerializer.Serialize(new DateTimeOffsetValue(offset)), PythonTyped.List([PythonTyped.DateTime(offset.UtcDateTime)])),
            (WireSerializer.Serialize(new DateTimeOffsetValue(DateTimeOffset.MaxValue)), PythonTyped.List([PythonTyped.DateTime(DateTimeOffset.MaxValue.UtcDateTime)])),
        ];

        var differences = PythonMsgpack.Check(cases);

        for (var i = 0; i < cases.Length; i++)
        {
            Assert.True(differences[i].Count == 0, $"case {i}: {string.Join(Environment.NewLine, differences[i])}");
        }
    }

    [Fact]
    public void We_read_orders_Python_built_from_nested_lists()
    {
        var rich = SampleOrders.Rich();
        var lines = Spec.Array(
            Spec.Array(Spec.Str("SKU-1"), Spec.Int(2), PyDecimal("19.95")),
            Spec.Array(Spec.Str("SKU-2"), Spec.Int(1), PyDecimal("90.00")));
        var attributes = Spec.Map((Spec.Str("channel"), Spec.Str("web")), (Spec.Str("note"), Spec.Str("leave at the door — merci")));
        JsonNode[] canonical =
        [
            PyUuid(rich.OrderId), Spec.Str("eu-west"), PyDecimal("129.90"), Spec.Str("c-42"), lines,
            PyDateTime("2024-05-06T07:08:09.123456+00:00"), Spec.Int(1), Spec.Str("SPRING-10"), attributes, Spec.Bin([0xde, 0xad, 0xbe, 0xef]),
        ];

        (string Label, JsonNode Spec, Action<OrderPlaced> Check)[] cases =
        [
            ("canonical", Spec.Array(canonical), read => SampleOrders.AssertSame(rich, read)),
            ("uuid as 16 bytes, an offset datetime, an int and a float for decimals", Replace(canonical, (0, PyUuidBytes(rich.OrderId)), (2, Spec.Int(130)), (4, Spec.Array(Spec.Array(Spec.Str("SKU-1"), Spec.Int(2), Spec.Float64(19.95)))), (5, PyDateTime("2024-05-06T12:38:09.123456+05:30"))), read =>
            {
                Assert.Equal(rich.OrderId, read.OrderId);
                Assert.Equal(130m, read.Total);
                Assert.Equal([new OrderLine("SKU-1", 2, 19.95m)], read.Lines);
                Assert.Equal(rich.PlacedAt, read.PlacedAt);
                Assert.Equal(DateTimeKind.Utc, read.PlacedAt.Kind);
            }),
            ("a newer Python producer's extra fields", Spec.Array([.. canonical, Spec.Str("extra"), Spec.Map((Spec.Int(1), Spec.Array(Spec.Nil(), Spec.Bool(true)))), Spec.Ext(7, [1, 2])]), read => SampleOrders.AssertSame(rich, read)),
            ("an older Python producer's first four fields", Spec.Array(canonical[..4]), read =>
            {
                Assert.Equal(rich.OrderId, read.OrderId);
                Assert.Equal("c-42", read.CustomerId);
                Assert.Null(read.Lines);
                Assert.Equal(default, read.PlacedAt);
                Assert.Equal(OrderStatus.Pending, read.Status);
                Assert.Null(read.Attributes);
                Assert.Null(read.Signature);
            }),
            ("None for the coupon, an unknown status, a datetime before 1970", Replace(canonical, (7, Spec.Nil()), (6, Spec.Int(9)), (5, PyDateTime("1969-07-20T20:17:40+00:00"))), read =>
            {
                Assert.Null(read.CouponCode);
                Assert.Equal((OrderStatus)9, read.Status);
                Assert.Equal(new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Utc), read.PlacedAt);
            }),
            ("a datetime after 2106 and an upper-case uuid string", Replace(canonical, (0, Spec.Str(rich.OrderId.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant())), (5, PyDateTime("2400-02-29T23:59:59.999999+00:00"))), read =>
            {
                Assert.Equal(rich.OrderId, read.OrderId);
                Assert.Equal(new DateTime(2400, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_990), read.PlacedAt);
            }),
        ];

        var packed = PythonMsgpack.Pack(cases.Select(c => c.Spec));

        for (var i = 0; i < cases.Length; i++)
        {
            var (value, error) = Wire.TryRead<OrderPlaced>(packed[i], cases[i].Label);
            Assert.True(error is null, $"{cases[i].Label}: {error?.Message}");
            cases[i].Check(value!);
        }
    }

    [Fact]
    public void We_read_nested_messages_and_collections_Python_built()
    {
        // Maps: {str: int}, {int: str}, {uuid: datetime}, {enum: OrderLine}, {enum: None|str}, {str: None|OrderLine}, {enum: Money}
        var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var spec = Spec.Array(
            Spec.Map((Spec.Str("a"), Spec.Int(1)), (Spec.Str("b"), Spec.Int(-1))),
            Spec.Map((Spec.Int(-7), Spec.Str("minus seven"))),
            Spec.Map((PyUuid(id), PyDateTime("2024-01-01T00:00:00+00:00"))),
            Spec.Map((Spec.Int(2), Spec.Array(Spec.Str("B"), Spec.Int(3), PyDecimal("1.10")))),
            Spec.Map((Spec.Int(1), Spec.Nil()), (Spec.Int(255), Spec.Str("large"))),
            Spec.Map((Spec.Str("none"), Spec.Nil())),
            Spec.Map((Spec.UInt(ulong.MaxValue), Spec.Array(PyDecimal("9.99"), Spec.Str("EUR")))));

        var read = WireSerializer.Deserialize<Maps>(PythonMsgpack.Pack([spec]).Single());

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = -1 }, read.Counts);
        Assert.Equal("minus seven", read.Names![-7]);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), read.Seen![id]);
        Assert.Equal(new OrderLine("B", 3, 1.10m), read.LinesByColor![Color.Blue]);
        Assert.Null(read.Labels![Size.Small]);
        Assert.Equal("large", read.Labels[Size.Large]);
        Assert.Null(read.MaybeLines!["none"]);
        Assert.Equal(new Money(9.99m, "EUR"), read.Prices![Mask.All]);
    }

    private static JsonArray PyUuid(Guid value) => ["uuid", value.ToString("D", CultureInfo.InvariantCulture)];

    private static JsonArray PyUuidBytes(Guid value) => ["uuid_bytes", value.ToString("D", CultureInfo.InvariantCulture)];

    private static JsonArray PyDecimal(string text) => ["decimal", text];

    private static JsonArray PyDateTime(string iso) => ["datetime", iso];

    private static JsonArray Replace(JsonNode[] fields, params (int Index, JsonNode Value)[] replacements)
    {
        var copy = fields.Select(f => f.DeepClone()).ToArray();
        foreach (var (index, value) in replacements)
        {
            copy[index] = value;
        }

        return Spec.Array(copy);
    }
}
