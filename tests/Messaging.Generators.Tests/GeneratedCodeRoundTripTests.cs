using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>The generated formatters compiled and executed: bytes on the wire, round trips, versioning and errors.</summary>
public sealed class GeneratedCodeRoundTripTests
{
    [Fact]
    public void Message_is_an_array_in_key_order_with_the_smallest_encodings()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record OrderLine(string Sku, int Quantity, decimal Price);

            public static class Probe
            {
                public static string Run() => Wire.Hex(WireSerializer.Serialize(new OrderLine("a", 2, 1.5m)));
            }
            """);

        // fixarray(3), fixstr "a", positive fixint 2, fixstr "1.5"
        Assert.Equal("93A16102A3312E35", result);
    }

    [Fact]
    public void Nested_messages_and_collections_round_trip()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record OrderLine(string Sku, int Quantity, decimal Price);

            [Message]
            public sealed record OrderPlaced(Guid OrderId, string Region, IReadOnlyList<OrderLine> Lines, OrderLine? Gift);

            public static class Probe
            {
                public static string Run()
                {
                    var order = new OrderPlaced(
                        Guid.Parse("0b6e2f3c-7c55-4c1e-9d0a-3a1f2b4c5d6e"),
                        "eu",
                        new List<OrderLine> { new("sku-1", 2, 10.50m), new("sku-2", 1, 3m) },
                        null);
                    var back = WireSerializer.Deserialize<OrderPlaced>(WireSerializer.Serialize(order));
                    return $"{back.OrderId}|{back.Region}|{string.Join(";", back.Lines)}|{back.Gift?.ToString() ?? "null"}";
                }
            }
            """);

        Assert.Equal(
            "0b6e2f3c-7c55-4c1e-9d0a-3a1f2b4c5d6e|eu|OrderLine { Sku = sku-1, Quantity = 2, Price = 10.50 };OrderLine { Sku = sku-2, Quantity = 1, Price = 3 }|null",
            result);
    }

    [Fact]
    public void Every_collection_kind_round_trips()
    {
        var result = GeneratedCode.Run("""
            public enum Level : byte { Low, High }

            [Message]
            public sealed class Everything
            {
                public int[]? Array { get; init; }
                public List<string?>? List { get; init; }
                public IList<long>? IList { get; init; }
                public ICollection<Level?>? ICollection { get; init; }
                public IReadOnlyList<IReadOnlyList<int>>? Nested { get; init; }
                public IReadOnlyCollection<bool>? IReadOnlyCollection { get; init; }
                public IEnumerable<int>? Sequence { get; init; }
                public ImmutableArray<short> Immutable { get; init; }
                public ImmutableArray<short> DefaultImmutable { get; init; }
                public ReadOnlyMemory<byte> Memory { get; init; }
                public Dictionary<string, List<int>>? Dictionary { get; init; }
                public IReadOnlyDictionary<int, string>? ReadOnlyDictionary { get; init; }
                public IDictionary<Level, double>? IDictionary { get; init; }
                public int[][]? Jagged { get; init; }
            }

            public static class Probe
            {
                private static IEnumerable<int> Yield()
                {
                    yield return 7;
                    yield return 8;
                }

                public static string Run()
                {
                    var value = new Everything
                    {
                        Array = [1, -1],
                        List = ["a", null],
                        IList = new System.Collections.ObjectModel.Collection<long> { long.MaxValue },
                        ICollection = new HashSet<Level?> { Level.High, null },
                        Nested = [[1, 2], new List<int> { 3 }],
                        IReadOnlyCollection = new Queue<bool>([true]),
                        Sequence = Yield(),
                        Immutable = [5, 6],
                        Memory = new byte[] { 9 },
                        Dictionary = new() { ["x"] = [1] },
                        ReadOnlyDictionary = new System.Collections.ObjectModel.ReadOnlyDictionary<int, string>(new Dictionary<int, string> { [1] = "one" }),
                        IDictionary = new SortedDictionary<Level, double> { [Level.Low] = 0.5 },
                        Jagged = [[1], []],
                    };
                    var bytes = WireSerializer.Serialize(value);
                    var back = WireSerializer.Deserialize<Everything>(bytes);
                    return string.Join(" | ",
                        string.Join(",", back.Array!),
                        string.Join(",", back.List!.Select(s => s ?? "null")),
                        back.IList!.GetType().Name + ":" + string.Join(",", back.IList!),
                        back.ICollection!.Count,
                        string.Join(";", back.Nested!.Select(inner => string.Join(",", inner))),
                        back.IReadOnlyCollection!.GetType().Name + ":" + string.Join(",", back.IReadOnlyCollection!),
                        string.Join(",", back.Sequence!),
                        string.Join(",", back.Immutable),
                        back.DefaultImmutable.IsDefault,
                        string.Join(",", back.Memory.ToArray()),
                        string.Join(",", back.Dictionary!.Select(p => p.Key + "=" + string.Join(",", p.Value))),
                        string.Join(",", back.ReadOnlyDictionary!.Select(p => p.Key + "=" + p.Value)),
                        string.Join(",", back.IDictionary!.Select(p => p.Key + "=" + p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                        string.Join(";", back.Jagged!.Select(inner => inner.Length)));
                }
            }
            """);

        Assert.Equal(
            "1,-1 | a,null | List`1:9223372036854775807 | 2 | 1,2;3 | Boolean[]:True | 7,8 | 5,6 | True | 9 | x=1 | 1=one | Low=0.5 | 1;0",
            result);
    }

    [Fact]
    public void Sets_are_arrays_on_the_wire_and_keep_one_of_repeated_elements_when_read()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record Shelf(HashSet<string> Tags, ISet<int> Slots, IReadOnlySet<Guid>? Reserved);

            [Message]
            public sealed record ShelfAsLists(List<string> Tags, List<int> Slots, List<Guid>? Reserved);

            public static class Probe
            {
                public static string Run()
                {
                    var shelf = new Shelf(["b", "a"], new SortedSet<int> { 3, 1, 2 }, null);
                    var bytes = WireSerializer.Serialize(shelf);
                    var back = WireSerializer.Deserialize<Shelf>(bytes);
                    // A producer that sends lists (a Python list, an older List<T> member) with repeats.
                    var repeated = WireSerializer.Serialize(new ShelfAsLists(["x", "x", "y"], [5, 5], [Guid.Empty, Guid.Empty]));
                    var fromLists = WireSerializer.Deserialize<Shelf>(repeated);
                    return string.Join("|",
                        Wire.Hex(bytes),
                        back.Tags.GetType().Name + ":" + string.Join(",", back.Tags.Order()),
                        back.Slots.GetType().Name + ":" + string.Join(",", back.Slots),
                        back.Reserved is null ? "null" : "set",
                        string.Join(",", fromLists.Tags.Order()) + ";" + string.Join(",", fromLists.Slots) + ";" + fromLists.Reserved!.Count);
                }
            }
            """);

        // fixarray(3): ["b","a"] in the set's order, [1,2,3] in the sorted set's, nil.
        Assert.Equal("9392A162A16193010203C0|HashSet`1:a,b|HashSet`1:1,2,3|null|x,y;5;1", result);
    }

    [Fact]
    public void Fields_an_older_producer_did_not_send_keep_constructor_defaults_and_property_initializers()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record RetryScheduled(string JobId, int Attempt = 1, string Queue = "default", long? Limit = 5)
            {
                public int Extra { get; init; } = 99;
            }

            public static class Probe
            {
                // ["job"]: written before the other fields existed.
                public static string Run() => WireSerializer.Deserialize<RetryScheduled>(Wire.Bytes("91 A3 6A6F62")).ToString();
            }
            """);

        // The constructor's parameter defaults, and the property's own initializer.
        Assert.Equal("RetryScheduled { JobId = job, Attempt = 1, Queue = default, Limit = 5, Extra = 99 }", result);
    }

    [Fact]
    public void Fields_a_newer_producer_added_are_skipped()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record Ping(string Name, int Sequence);

            public static class Probe
            {
                // ["a", 3, {"new": [1, 2]}, "more"]
                public static string Run() => WireSerializer.Deserialize<Ping>(Wire.Bytes("94 A161 03 81 A36E6577 920102 A46D6F7265")).ToString();
            }
            """);

        Assert.Equal("Ping { Name = a, Sequence = 3 }", result);
    }

    [Fact]
    public void Key_gaps_are_written_as_nil_and_skipped_on_read()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record PriceChanged([WireKey(0)] string Sku, [WireKey(2)] int Quantity);

            public static class Probe
            {
                public static string Run() =>
                    Wire.Hex(WireSerializer.Serialize(new PriceChanged("s", 3))) + " " +
                    WireSerializer.Deserialize<PriceChanged>(Wire.Bytes("93 A173 A3 6F6C64 04"));
            }
            """);

        Assert.Equal("93A173C003 PriceChanged { Sku = s, Quantity = 4 }", result);
    }

    [Fact]
    public void Null_message_is_nil_both_ways()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record Ping(int Sequence);

            public static class Probe
            {
                public static string Run() =>
                    Wire.Hex(WireSerializer.Serialize<Ping?>(null)) + " " +
                    (WireSerializer.Deserialize<Ping?>(Wire.Bytes("C0")) is null);
            }
            """);

        Assert.Equal("C0 True", result);
    }

    [Fact]
    public void Errors_name_the_message_field_and_byte_offset()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record OrderLine(string Sku, int Quantity);

            [Message]
            public sealed record OrderPlaced(string Id, IReadOnlyList<OrderLine> Lines);

            public static class Probe
            {
                // ["x", [["a", "b"]]]: Quantity is a string.
                public static string Run() => Wire.Error(() => WireSerializer.Deserialize<OrderPlaced>(Wire.Bytes("92 A178 91 92 A161 A162")));
            }
            """);

        Assert.Equal("OrderPlaced: field 1 (Lines) > OrderLine: field 1 (Quantity) expected int32, found fixstr at byte 7", result);
    }

    [Fact]
    public void Duplicate_map_key_is_rejected_with_the_key()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record Counts(Dictionary<string, int> Map);

            public static class Probe
            {
                // [{"a": 1, "a": 2}]
                public static string Run() => Wire.Error(() => WireSerializer.Deserialize<Counts>(Wire.Bytes("91 82 A161 01 A161 02")));
            }
            """);

        Assert.Equal("Counts: field 0 (Map) duplicate map key 'a' at byte 5", result);
    }

    [Fact]
    public void Nesting_deeper_than_the_reader_allows_fails_cleanly()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record Node(IReadOnlyList<Node> Children);

            public static class Probe
            {
                public static string Run()
                {
                    // 100 levels of [[...]], far past the default limit of 64.
                    var bytes = Enumerable.Repeat(new byte[] { 0x91, 0x91 }, 100).SelectMany(b => b).Append((byte)0x90).ToArray();
                    try
                    {
                        WireSerializer.Deserialize<Node>(bytes);
                        return "no error";
                    }
                    catch (WireSerializationException ex)
                    {
                        return ex.Reason;
                    }
                }
            }
            """);

        Assert.Equal("nesting exceeds the maximum depth of 64", result);
    }

    [Fact]
    public void Registry_serves_the_formatters_of_its_assembly_only()
    {
        var result = GeneratedCode.Run("""
            [Message]
            public sealed record Ping(int Sequence);

            public static class Probe
            {
                public static string Run() =>
                    ReferenceEquals(Messaging.Generated.GeneratedWireFormatters.GetFormatter<Ping>(), Messaging.Generated.PingFormatter.Instance) + " " +
                    (Messaging.Generated.GeneratedWireFormatters.GetFormatter<string>() is null) + " " +
                    ReferenceEquals(WireFormatters.Get<Ping>(), Messaging.Generated.PingFormatter.Instance);
            }
            """);

        Assert.Equal("True True True", result);
    }
}
