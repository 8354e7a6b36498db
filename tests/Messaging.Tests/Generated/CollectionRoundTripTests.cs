using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>Every collection kind through generated formatters, whatever concrete type backs the member.</summary>
public sealed class CollectionRoundTripTests
{
    [Fact]
    public void Null_collections_and_a_default_ImmutableArray_travel_as_nil()
    {
        var message = new Sequences();

        var back = Wire.RoundTrip(message);

        Assert.Equal("9a" + string.Concat(Enumerable.Repeat("c0", 10)), Wire.Hex(message));
        Assert.Null(back.Array);
        Assert.Null(back.List);
        Assert.Null(back.ReadOnlyList);
        Assert.Null(back.MutableList);
        Assert.Null(back.Collection);
        Assert.Null(back.ReadOnlyCollection);
        Assert.Null(back.Enumerable);
        Assert.True(back.Immutable.IsDefault);
        Assert.Null(back.NullableItems);
        Assert.Null(back.Lines);
    }

    [Fact]
    public void Empty_collections_and_an_empty_ImmutableArray_travel_as_empty_arrays()
    {
        var message = new Sequences
        {
            Array = [],
            List = [],
            ReadOnlyList = [],
            MutableList = [],
            Collection = [],
            ReadOnlyCollection = [],
            Enumerable = [],
            Immutable = [],
            NullableItems = [],
            Lines = [],
        };

        var back = Wire.RoundTrip(message);

        Assert.Equal("9a" + string.Concat(Enumerable.Repeat("90", 10)), Wire.Hex(message));
        Assert.Empty(back.Array!);
        Assert.Empty(back.List!);
        Assert.Empty(back.ReadOnlyList!);
        Assert.Empty(back.MutableList!);
        Assert.Empty(back.Collection!);
        Assert.Empty(back.ReadOnlyCollection!);
        Assert.Empty(back.Enumerable!);
        Assert.False(back.Immutable.IsDefault);
        Assert.Empty(back.Immutable);
        Assert.Empty(back.NullableItems!);
        Assert.Empty(back.Lines!);
    }

    [Fact]
    public void Arrays_and_lists_round_trip_in_order()
    {
        var guid = Guid.NewGuid();
        var message = new Sequences
        {
            Array = [int.MinValue, 0, int.MaxValue],
            List = ["a", "", "日本"],
            ReadOnlyList = new List<long> { long.MinValue, long.MaxValue },
            MutableList = [guid, Guid.Empty],
            Collection = new List<decimal> { 1.50m, -0.001m },
            ReadOnlyCollection = new[] { true, false, true },
            Enumerable = new[] { double.NaN, double.NegativeInfinity },
            Immutable = [short.MinValue, short.MaxValue],
            NullableItems = ["x", null, ""],
            Lines = [new OrderLine("A", 1, 2m), null!, new OrderLine("B", 3, 4.00m)],
        };

        var back = Wire.RoundTrip(message);

        Assert.Equal([int.MinValue, 0, int.MaxValue], back.Array!);
        Assert.Equal(["a", "", "日本"], back.List!);
        Assert.Equal([long.MinValue, long.MaxValue], back.ReadOnlyList!);
        Assert.Equal([guid, Guid.Empty], back.MutableList!);
        Assert.Equal([1.50m, -0.001m], back.Collection!);
        Assert.Equal([true, false, true], back.ReadOnlyCollection!);
        Assert.Equal([double.NaN, double.NegativeInfinity], back.Enumerable!);
        Assert.Equal([short.MinValue, short.MaxValue], back.Immutable.ToArray());
        Assert.Equal<IEnumerable<string?>>(["x", null, ""], back.NullableItems!);
        Assert.Equal<IEnumerable<OrderLine?>>([new OrderLine("A", 1, 2m), null, new OrderLine("B", 3, 4.00m)], back.Lines!);
    }

    [Fact]
    public void Interface_members_backed_by_other_collection_types_are_written_element_by_element()
    {
        var message = new Sequences
        {
            ReadOnlyList = ImmutableArray.Create(1L, 2L, 3L),
            MutableList = new Collection<Guid> { Guid.Empty },
            Collection = new HashSet<decimal> { 7m },
            ReadOnlyCollection = new Queue<bool>([false, true]),
            Enumerable = new SortedSet<double> { 3, 1, 2 },
        };
        var viaArrays = new Sequences
        {
            ReadOnlyList = [1L, 2L, 3L],
            MutableList = [Guid.Empty],
            Collection = [7m],
            ReadOnlyCollection = [false, true],
            Enumerable = [1d, 2d, 3d],
        };

        Assert.Equal(Wire.Hex(viaArrays), Wire.Hex(message));
        var back = Wire.RoundTrip(message);
        Assert.Equal([1L, 2L, 3L], back.ReadOnlyList!);
        Assert.Equal([1d, 2d, 3d], back.Enumerable!);

        var readOnly = new Sequences { ReadOnlyList = new ReadOnlyCollection<long>([9L]), MutableList = new List<Guid>().AsReadOnly() };
        Assert.Equal(Wire.Hex(new Sequences { ReadOnlyList = [9L], MutableList = [] }), Wire.Hex(readOnly));
    }

    [Fact]
    public void Lazily_yielded_enumerable_is_enumerated_once_and_written_with_its_count()
    {
        var enumerations = 0;
        IEnumerable<double> Yield()
        {
            enumerations++;
            yield return 1.5;
            yield return -2;
            yield return 0;
        }

        var message = new Sequences { Enumerable = Yield() };

        var hex = Wire.Hex(message);

        Assert.Equal(1, enumerations);
        Assert.Equal(Wire.Hex(new Sequences { Enumerable = [1.5, -2, 0] }), hex);
        Assert.Equal([1.5, -2, 0], Wire.Read<Sequences>(hex).Enumerable!);
    }

    [Fact]
    public void Empty_lazily_yielded_enumerable_is_written_as_an_empty_array()
    {
        var message = new Sequences { Enumerable = Enumerable.Empty<double>().Select(x => x) };

        Assert.Equal(Wire.Hex(new Sequences { Enumerable = [] }), Wire.Hex(message));
    }

    [Fact]
    public void Mutable_collection_interfaces_read_back_as_lists_that_accept_new_items()
    {
        var back = Wire.RoundTrip(new Sequences { MutableList = [Guid.Empty], Collection = [1m] });

        back.MutableList!.Add(Guid.Empty);
        back.Collection!.Add(2m);

        Assert.Equal(2, back.MutableList.Count);
        Assert.Equal([1m, 2m], back.Collection);
    }

    [Fact]
    public void Default_ImmutableArray_is_nil_but_empty_ImmutableArray_is_an_empty_array()
    {
        var defaulted = Wire.RoundTrip(new Sequences { Immutable = default });
        var empty = Wire.RoundTrip(new Sequences { Immutable = ImmutableArray<short>.Empty });

        Assert.True(defaulted.Immutable.IsDefault);
        Assert.False(empty.Immutable.IsDefault);
        Assert.True(empty.Immutable.IsEmpty);
    }

    [Fact]
    public void Large_collections_take_array16_and_array32_headers()
    {
        var sixteen = Enumerable.Range(0, 16).ToArray();
        var big = Enumerable.Range(0, 70_000).ToArray();

        Assert.StartsWith("9adc0010", Wire.Hex(new Sequences { Array = sixteen }), StringComparison.Ordinal);
        Assert.StartsWith("9add00011170", Wire.Hex(new Sequences { Array = big }), StringComparison.Ordinal);
        Assert.Equal(big, Wire.RoundTrip(new Sequences { Array = big }).Array);
    }

    [Fact]
    public void Nested_collections_round_trip()
    {
        var message = new NestedCollections(
            Grids: [new() { ["a"] = [1, 2], ["b"] = [], ["c"] = null! }, [], null!],
            Jagged: [[1], [], null!, [int.MaxValue, int.MinValue]],
            LinesByAisle: new() { ["A1"] = [new OrderLine("X", 1, 1m)], ["A2"] = [], ["A3"] = null! },
            Labels: [["x", null], [], null!],
            Levels: [[1, 2], null!, []],
            Overflow: new Dictionary<int, IEnumerable<OrderLine>> { [1] = new[] { new OrderLine("Y", 2, 2m) }, [-1] = null! },
            Blobs: [ImmutableArray.Create<byte>(1, 2), null, ImmutableArray<byte>.Empty],
            History: [Color.Green, null, (Color)99],
            Chunks: [[1, 2, 3], [], null!],
            Nested: new() { ["outer"] = new() { ["inner"] = 1.5m }, ["empty"] = [] });

        var back = Wire.RoundTrip(message);

        Assert.Equal(3, back.Grids.Count);
        Assert.Equal([1, 2], back.Grids[0]["a"]);
        Assert.Empty(back.Grids[0]["b"]);
        Assert.Null(back.Grids[0]["c"]);
        Assert.Empty(back.Grids[1]);
        Assert.Null(back.Grids[2]);
        Assert.Equal(4, back.Jagged.Length);
        Assert.Equal([int.MaxValue, int.MinValue], back.Jagged[3]);
        Assert.Null(back.Jagged[2]);
        Assert.Equal([new OrderLine("X", 1, 1m)], back.LinesByAisle["A1"]);
        Assert.Empty(back.LinesByAisle["A2"]);
        Assert.Null(back.LinesByAisle["A3"]);
        Assert.Equal(["x", null], back.Labels[0]);
        Assert.Null(back.Labels[2]);
        Assert.Equal([1, 2], back.Levels[0]);
        Assert.Null(back.Levels[1]);
        Assert.Equal([new OrderLine("Y", 2, 2m)], back.Overflow![1]);
        Assert.Null(back.Overflow[-1]);
        var blobs = back.Blobs.ToArray();
        Assert.Equal([1, 2], blobs[0]!.Value.ToArray());
        Assert.Null(blobs[1]);
        Assert.True(blobs[2]!.Value.IsEmpty);
        Assert.Equal([Color.Green, null, (Color)99], back.History);
        Assert.Equal([1, 2, 3], back.Chunks[0]);
        Assert.Null(back.Chunks[2]);
        Assert.Equal(1.5m, back.Nested["outer"]["inner"]);
        Assert.Empty(back.Nested["empty"]);
    }

    [Fact]
    public void List_of_dictionaries_of_arrays_has_the_exact_nested_layout()
    {
        var message = new NestedCollections(
            Grids: [new() { ["a"] = [1, 2] }],
            Jagged: [],
            LinesByAisle: [],
            Labels: [],
            Levels: [],
            Overflow: null,
            Blobs: [],
            History: [],
            Chunks: [],
            Nested: []);

        // [ [ {"a": [1, 2]} ], [], {}, [], [], nil, [], [], [], {} ]
        Assert.Equal(MsgPack.Hex("9a 91 81 a161 92 01 02 90 80 90 90 c0 90 90 90 80"), Wire.Hex(message));
    }
}
