using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>Dictionary, IDictionary and IReadOnlyDictionary through generated formatters.</summary>
public sealed class DictionaryRoundTripTests
{
    [Fact]
    public void Null_dictionaries_travel_as_nil()
    {
        var message = new Maps(null, null, null, null, null, null, null);

        var back = Wire.RoundTrip(message);

        Assert.Equal("97" + string.Concat(Enumerable.Repeat("c0", 7)), Wire.Hex(message));
        Assert.Null(back.Counts);
        Assert.Null(back.Names);
        Assert.Null(back.Seen);
        Assert.Null(back.LinesByColor);
        Assert.Null(back.Labels);
        Assert.Null(back.MaybeLines);
        Assert.Null(back.Prices);
    }

    [Fact]
    public void Empty_dictionaries_travel_as_empty_maps()
    {
        var message = new Maps([], new Dictionary<int, string>(), new Dictionary<Guid, DateTime>(), [], [], [], new Dictionary<Mask, Money>());

        var back = Wire.RoundTrip(message);

        Assert.Equal("97" + string.Concat(Enumerable.Repeat("80", 7)), Wire.Hex(message));
        Assert.Empty(back.Counts!);
        Assert.Empty(back.Names!);
        Assert.Empty(back.Seen!);
        Assert.Empty(back.LinesByColor!);
        Assert.Empty(back.Labels!);
        Assert.Empty(back.MaybeLines!);
        Assert.Empty(back.Prices!);
    }

    [Fact]
    public void Dictionaries_with_scalar_message_and_nullable_values_and_enum_keys_round_trip()
    {
        var id = Guid.NewGuid();
        var at = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var message = new Maps(
            Counts: new() { ["a"] = 1, [""] = -1, ["日本"] = int.MaxValue },
            Names: new Dictionary<int, string> { [int.MinValue] = "min", [0] = "" },
            Seen: new Dictionary<Guid, DateTime> { [id] = at, [Guid.Empty] = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc) },
            LinesByColor: new() { [Color.Blue] = new OrderLine("B", 1, 1m), [(Color)42] = new OrderLine("?", 0, 0m) },
            Labels: new() { [Size.Small] = null, [Size.Large] = "L" },
            MaybeLines: new() { ["none"] = null, ["one"] = new OrderLine("1", 1, 1m) },
            Prices: new Dictionary<Mask, Money> { [Mask.All] = new Money(1.5m, "EUR"), [Mask.None] = default });

        var back = Wire.RoundTrip(message);

        Assert.Equal(message.Counts, back.Counts);
        Assert.Equal(message.Names, back.Names);
        Assert.Equal(message.Seen, back.Seen);
        Assert.Equal(message.LinesByColor, back.LinesByColor);
        Assert.Equal(message.Labels, back.Labels);
        Assert.Equal(message.MaybeLines, back.MaybeLines);
        Assert.Equal(message.Prices, back.Prices);
    }

    [Fact]
    public void Entries_travel_in_the_dictionary_enumeration_order()
    {
        var message = new Maps(new() { ["b"] = 2, ["a"] = 1 }, null, null, new() { [Color.Blue] = new OrderLine("x", 1, 1m), [Color.Red] = new OrderLine("y", 2, 2m) }, null, null, null);

        Assert.Equal(
            MsgPack.Hex("97 82 a162 02 a161 01 c0 c0 82 02 93a178 01 a131 00 93a179 02 a132 c0 c0 c0"),
            Wire.Hex(message));
        Assert.Equal(["b", "a"], Wire.RoundTrip(message).Counts!.Keys);
    }

    [Fact]
    public void Dictionary_interfaces_backed_by_other_dictionary_types_are_written_entry_by_entry()
    {
        var message = new Maps(
            null,
            new SortedDictionary<int, string> { [3] = "c", [1] = "a" },
            new ReadOnlyDictionary<Guid, DateTime>(new Dictionary<Guid, DateTime> { [Guid.Empty] = DateTime.UnixEpoch }),
            null,
            null,
            null,
            ImmutableDictionary.CreateRange([KeyValuePair.Create(Mask.High, new Money(2m, "USD"))]));
        var viaDictionaries = new Maps(
            null,
            new Dictionary<int, string> { [1] = "a", [3] = "c" },
            new Dictionary<Guid, DateTime> { [Guid.Empty] = DateTime.UnixEpoch },
            null,
            null,
            null,
            new Dictionary<Mask, Money> { [Mask.High] = new Money(2m, "USD") });

        Assert.Equal(Wire.Hex(viaDictionaries), Wire.Hex(message));
        var back = Wire.RoundTrip(message);
        Assert.Equal(new Dictionary<int, string> { [1] = "a", [3] = "c" }, back.Names);
    }

    [Fact]
    public void Dictionary_interfaces_read_back_as_dictionaries_that_accept_new_entries()
    {
        var back = Wire.RoundTrip(new Maps(null, new Dictionary<int, string> { [1] = "a" }, null, null, null, null, null));

        back.Names!.Add(2, "b");

        Assert.Equal(2, back.Names.Count);
    }

    [Fact]
    public void Large_dictionaries_take_map16_and_map32_headers()
    {
        var sixteen = Enumerable.Range(0, 16).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => i);
        var big = Enumerable.Range(0, 70_000).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => i);

        Assert.StartsWith("97de0010", Wire.Hex(new Maps(sixteen, null, null, null, null, null, null)), StringComparison.Ordinal);
        Assert.StartsWith("97df00011170", Wire.Hex(new Maps(big, null, null, null, null, null, null)), StringComparison.Ordinal);
        Assert.Equal(big, Wire.RoundTrip(new Maps(big, null, null, null, null, null, null)).Counts);
    }
}
