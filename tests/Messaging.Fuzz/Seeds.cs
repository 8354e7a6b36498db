using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using System.Globalization;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;

namespace Messaging.Fuzz;

/// <summary>Writes the seed corpus: a valid encoding of every target type, plus hostile edge cases.</summary>
internal static class Seeds
{
    private static readonly Guid s_id = new("5f0c2b1e-8a3d-4c7f-9e21-6b4d3a2f1c0e");
    private static readonly DateTime s_at = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1_234_567);

    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var count = 0;
        foreach (var (name, input) in All())
        {
            File.WriteAllBytes(Path.Combine(directory, name), input);
            count++;
        }

        return count;
    }

    private static IEnumerable<(string Name, byte[] Input)> All()
    {
        var line = new OrderLine("SKU-1", 2, 19.95m);
        var order = new OrderPlaced(
            s_id, "eu-west", 129.90m, "c-42", [line, new OrderLine("SKU-2", 1, 90.00m)], s_at, OrderStatus.Paid, "SPRING-10",
            new Dictionary<string, string> { ["channel"] = "web", ["note"] = "merci — ünïcode" }, [0xde, 0xad, 0xbe, 0xef]);

        yield return Seed(order);
        yield return Seed(line);
        yield return Seed(new AllIntegers(sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue, long.MinValue, ulong.MaxValue));
        yield return Seed(new DecimalValue(-79228162514264337593543950335m));
        yield return Seed(new GuidValue(s_id));
        yield return Seed(new DateTimeValue(s_at));
        yield return Seed(new DateTimeOffsetValue(new DateTimeOffset(s_at)));
        yield return Seed(new TimeSpanValue(TimeSpan.FromTicks(-123_456_789)));
        yield return Seed(new CharValue('\ud800'));
        yield return Seed(new SingleValue(float.NaN));
        yield return Seed(new DoubleValue(-0.0));
        yield return Seed(new StringValue("héllo 😀"));
        yield return Seed(new BinaryValues([1, 2, 3], new byte[] { 4, 5 }, new byte[] { 6 }));
        yield return Seed(new EnumValues(Color.Blue, Size.Large, Temperature.Freezing, Altitude.Peak, Port.Http, Capacity.Full, Distance.Behind, Mask.High, Permissions.Read | Permissions.Admin));
        yield return Seed(new NullableValues(
            1, null, true, null, 1.5f, 2.5m, s_id, s_at, null, TimeSpan.FromSeconds(3), 'x', Color.Green, null, new Money(9.99m, "EUR"),
            [1, 2], new byte[] { 7 }, "text", null, line, [1, null, 3]));
        yield return Seed(new Sequences
        {
            Array = [1, -1, int.MaxValue],
            List = ["a", "b"],
            ReadOnlyList = [long.MaxValue],
            MutableList = [s_id],
            Collection = [1.5m],
            ReadOnlyCollection = [true, false],
            Enumerable = [double.PositiveInfinity],
            Immutable = [short.MinValue],
            NullableItems = ["x", null],
            Lines = [line],
        });
        yield return Seed(new Maps(
            new Dictionary<string, int> { ["a"] = 1 },
            new Dictionary<int, string> { [1] = "one" },
            new Dictionary<Guid, DateTime> { [s_id] = s_at },
            new Dictionary<Color, OrderLine> { [Color.Red] = line },
            new Dictionary<Size, string?> { [Size.Small] = null },
            new Dictionary<string, OrderLine?> { ["none"] = null },
            new Dictionary<Mask, Money> { [Mask.All] = new Money(1m, "USD") }));
        yield return Seed(new NestedCollections(
            [new Dictionary<string, int[]> { ["g"] = [1, 2] }],
            [[1], [2, 3]],
            new Dictionary<string, List<OrderLine>> { ["aisle"] = [line] },
            [["x", null]],
            [[4, 5]],
            null,
            [ImmutableArray.Create<byte>(1, 2), null],
            [Color.Red, null],
            [[9]],
            new Dictionary<string, Dictionary<string, decimal>> { ["n"] = new() { ["m"] = 0.1m } }));
        yield return Seed(new KeyKinds(
            new Dictionary<char, int> { ['a'] = 1 },
            new Dictionary<bool, int> { [true] = 1 },
            new Dictionary<DateTime, int> { [s_at] = 1 },
            new Dictionary<decimal, int> { [1.10m] = 1 },
            new Dictionary<TimeSpan, int> { [TimeSpan.FromDays(1)] = 1 },
            new Dictionary<double, int> { [double.NaN] = 1 },
            new Dictionary<ulong, int> { [ulong.MaxValue] = 1 },
            new Dictionary<Point, string> { [new Point(1, 2)] = "p" }));
        yield return Seed(new NullabilityMix(
            new Dictionary<string, int[]?> { ["a"] = null },
            [["x", null], null],
            [["y"], null],
            ["z", null],
            [line, null],
            new Dictionary<Guid, Money?> { [s_id] = null },
            new byte[] { 1 },
            new Dictionary<string, List<int?>?> { ["d"] = [1, null] }));
        yield return Seed(Chain(5));
        yield return Seed(new Discounted(new Money(10m, "EUR"), null, [new Money(11m, "EUR")], new Point(1, 2), new Coordinates { Latitude = 1.5, Longitude = -2.5 }, new Point(3, 4)));
        yield return Seed(new PriceChanged("SKU-9", 12.5m) { OldPrice = 10m, Reason = "sale" });
        yield return Seed(new RetryScheduled("job-1"));
        yield return Seed(new InvoiceV1("inv-1", 10m));
        yield return Seed(new InvoiceV2(
            "inv-2", 20m, "EUR", [new InvoiceLineV2("SKU-1", 1, new Dictionary<string, string> { ["k"] = "v" })],
            new Dictionary<string, int[]> { ["e"] = [1] }, new InvoiceV2("inv-1", 1m, null, [], [], null, s_at, []), s_at, [0x25, 0x50, 0x44, 0x46]));
        yield return Seed(new InvoiceV3("inv-3", 30m, Tags: ["t"]));
        yield return Seed(new CartV1("cart-1", [new CartItemV1("SKU-1")], new MoneyV1(5m)));
        yield return Seed(new CartV2(
            "cart-2", [new CartItemV2("SKU-1", 2, new Dictionary<string, List<int>> { ["size"] = [42] }, new CartItemV2("SKU-2", 1, [], null))],
            new MoneyV2(5m, "EUR", [1, 5]), "note"));
        yield return Seed(new SettingsV2 { Name = "s", Level = 2, Theme = "dark", Retries = 1 });
        yield return Seed(new CustomerProfile { CustomerId = "c-1", Email = "a@b.c", LoyaltyPoints = 5, IsVip = true, RegisteredAt = s_at });
        yield return Seed(new Registration("user") { Email = "u@x.y", Age = 42 });
        yield return Seed(new OrderShipped("o-1", "ups") { EventId = s_id, OccurredAt = new DateTimeOffset(s_at) });
        yield return Seed(new Ping("1", new Pong("2", new Ping("3", null))));
        yield return Seed(new Limits { Retries = 1, Name = "l" });
        yield return Seed(new Money(1.25m, "GBP"));
        yield return Seed(new Point(int.MinValue, int.MaxValue));
        yield return Seed(new Coordinates { Latitude = double.Epsilon, Longitude = double.MaxValue });
        yield return Seed(new Heartbeat());
        yield return Seed(new LocalNames(1, "w", "r", 2, 3, "e", 4, 5, 6, "m") { Instance = 7, Write = "x", Read = "y" });

        // Hostile shapes: forged lengths, deep nesting, every format code once, and a cross-version read.
        yield return ("edge-forged-array32", [0, 0xdd, 0xff, 0xff, 0xff, 0xff, 0xc0]);
        yield return ("edge-forged-map32", [16, 0xdf, 0x7f, 0xff, 0xff, 0xff, 0xa1, 0x61, 0x01]);
        yield return ("edge-forged-str32", [11, 0x91, 0xdb, 0xff, 0xff, 0xff, 0xf0, 0x61]);
        yield return ("edge-forged-bin32", [12, 0x93, 0xc6, 0x80, 0x00, 0x00, 0x00, 0x01, 0xc0, 0xc0]);
        yield return ("edge-forged-ext32", [5, 0x91, 0xc9, 0x7f, 0xff, 0xff, 0xff, 0xff, 0x00]);
        yield return ("edge-timestamp96", [5, 0x91, 0xc7, 0x0c, 0xff, 0x3b, 0x9a, 0xc9, 0xff, 0x00, 0x00, 0x00, 0x03, 0x8c, 0x01, 0x01, 0x01]);
        yield return ("edge-deep-arrays", [20, .. Enumerable.Repeat((byte)0x91, 200), 0xc0]);
        yield return ("edge-deep-tree", [20, .. Enumerable.Range(0, 80).SelectMany(_ => new byte[] { 0x92, 0xa0, 0x91 }), 0x92, 0xa0, 0x90]);
        yield return ("edge-every-code", [2, .. Enumerable.Range(0xc0, 0x20).Select(code => (byte)code)]);
        yield return ("edge-invalid-utf8", [11, 0x91, 0xa2, 0xc3, 0x28]);
        yield return ("edge-decimal-text", [3, 0x91, 0xa6, 0x31, 0x65, 0x2b, 0x39, 0x39, 0x39]);
        yield return ("edge-v2-as-v1", [24, .. WireSerializer.Serialize(new InvoiceV2("inv", 1m, "EUR", [], [], null, s_at, [1]))]);
    }

    private static (string, byte[]) Seed<T>(T value)
    {
        var name = typeof(T).Name;
        for (var index = 0; index < FuzzTarget.TargetCount; index++)
        {
            if (FuzzTarget.TargetName(index) == name)
            {
                return ($"{index:D2}-{name}", [(byte)index, .. WireSerializer.Serialize(value)]);
            }
        }

        throw new InvalidOperationException($"{name} is not a fuzz target");
    }

    private static TreeNode Chain(int levels)
    {
        var node = new TreeNode("leaf", []);
        for (var level = 1; level < levels; level++)
        {
            node = new TreeNode(level.ToString(CultureInfo.InvariantCulture), [node]);
        }

        return node;
    }
}
