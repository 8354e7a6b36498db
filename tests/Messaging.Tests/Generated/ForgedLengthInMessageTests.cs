using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Length prefixes that lie, inside otherwise valid messages: the generated formatter must fail at once, allocating
/// a few kilobytes for the exception rather than what the prefix claims.
/// </summary>
public sealed class ForgedLengthInMessageTests
{
    // Two exceptions (the reader's and the one naming the member), their messages and stack traces.
    private const long AllocationBudget = 32 * 1024;

    // The rest of a valid order after the forged field, so the claim is compared with real bytes remaining.
    private static readonly byte[] s_tail = Enumerable.Repeat((byte)0xc0, 16).ToArray();

    [Theory]
    [InlineData(1, "db 80000000", "OrderPlaced: field 1 (Region) string of 2147483648 bytes exceeds the 16 bytes remaining at byte 39")]
    [InlineData(1, "db ffffffff", "OrderPlaced: field 1 (Region) string of 4294967295 bytes exceeds the 16 bytes remaining at byte 39")]
    [InlineData(2, "db 7fffffff", "OrderPlaced: field 2 (Total) string of 2147483647 bytes exceeds the 16 bytes remaining at byte 47")]
    [InlineData(4, "dd ffffffff", "OrderPlaced: field 4 (Lines) array of 4294967295 elements exceeds the 16 bytes remaining at byte 59")]
    [InlineData(4, "dd 80000000", "OrderPlaced: field 4 (Lines) array of 2147483648 elements exceeds the 16 bytes remaining at byte 59")]
    [InlineData(4, "91 dd ffffffff", "OrderPlaced: field 4 (Lines) > OrderLine: array of 4294967295 elements exceeds the 16 bytes remaining at byte 60")]
    [InlineData(4, "91 93 db ffffffff", "OrderPlaced: field 4 (Lines) > OrderLine: field 0 (Sku) string of 4294967295 bytes exceeds the 16 bytes remaining at byte 61")]
    [InlineData(8, "df ffffffff", "OrderPlaced: field 8 (Attributes) map of 4294967295 entries exceeds the 16 bytes remaining at byte 109")]
    [InlineData(8, "df 80000000", "OrderPlaced: field 8 (Attributes) map of 2147483648 entries exceeds the 16 bytes remaining at byte 109")]
    [InlineData(8, "81 a161 db ffffffff", "OrderPlaced: field 8 (Attributes) string of 4294967295 bytes exceeds the 16 bytes remaining at byte 112")]
    [InlineData(9, "c6 80000000", "OrderPlaced: field 9 (Signature) bin of 2147483648 bytes exceeds the 16 bytes remaining at byte 155")]
    [InlineData(9, "c6 ffffffff", "OrderPlaced: field 9 (Signature) bin of 4294967295 bytes exceeds the 16 bytes remaining at byte 155")]
    [InlineData(5, "c9 ffffffff ff", "OrderPlaced: field 5 (PlacedAt) extension of 4294967295 bytes exceeds the 16 bytes remaining at byte 88")]
    public void Forged_length_inside_an_order_fails_fast_without_allocating_what_it_claims(int field, string forged, string message)
    {
        // The forged value replaces the field and is followed by 16 bytes; later fields are dropped.
        var elements = Wire.Elements(WireSerializer.Serialize(SampleOrders.Rich()));
        elements[field] = MsgPack.FromHex(forged).Concat(s_tail).ToArray();
        var bytes = Wire.ArrayOf(elements.Take(field + 1));

        Assert.Equal(message, Wire.Fails<OrderPlaced>(bytes).Message);
        AssertFailsCheaply<OrderPlaced>(bytes);
    }

    [Theory]
    [InlineData("dd ffffffff")]
    [InlineData("dd 7fffffff")]
    [InlineData("dc ffff")]
    public void Forged_message_array_header_fails_fast(string header)
    {
        var bytes = MsgPack.FromHex(header).Concat(s_tail).ToArray();

        Assert.StartsWith("OrderPlaced: array of ", Wire.Fails<OrderPlaced>(bytes).Message, StringComparison.Ordinal);
        AssertFailsCheaply<OrderPlaced>(bytes);
    }

    [Theory]
    [InlineData(0, "91 dd ffffffff")] // Grids: a list whose dictionary... is an array claiming 2^32-1
    [InlineData(0, "91 df ffffffff")] // Grids: a dictionary claiming 2^32-1 entries
    [InlineData(0, "91 81 a161 dd ffffffff")] // Grids: an int[] value claiming 2^32-1 elements
    [InlineData(1, "91 dd ffffffff")] // Jagged: an inner array
    [InlineData(4, "dd ffffffff")] // Levels: ImmutableArray<int[]>
    [InlineData(6, "91 dd ffffffff")] // Blobs: ImmutableArray<byte>? inside an ICollection
    [InlineData(8, "91 c6 ffffffff")] // Chunks: a byte[] in a List
    [InlineData(9, "81 a161 df ffffffff")] // Nested: the inner dictionary
    public void Forged_length_deep_inside_nested_collections_fails_fast(int field, string forged)
    {
        var message = new NestedCollections([], [], [], [], [], null, [], [], [], []);
        var bytes = Wire.WithElement(message, field, MsgPack.FromHex(forged).Concat(s_tail).ToArray());

        AssertFailsCheaply<NestedCollections>(bytes);
    }

    [Fact]
    public void Count_within_the_remaining_bytes_allocates_in_proportion_to_the_input()
    {
        // The largest count the length check lets through: as many elements as bytes remain, none of them valid.
        // Reading must fail at the first element, having allocated no more than the element array for that count.
        const int Count = 100_000;
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(1);
            w.WriteArrayHeader(Count);
            w.WriteRaw(Enumerable.Repeat((byte)0xc3, Count).ToArray());
        });

        Assert.Equal(
            "Sequences: field 0 (Array) expected int32, found true at byte 6",
            Wire.Fails<Sequences>(bytes).Message);
        var allocated = Allocations.Fewest(() => Wire.TryRead<Sequences>(bytes, "Deserialize<Sequences>"));
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes for a {bytes.Length}-byte input");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Count_within_the_remaining_bytes_does_not_allocate_a_multiple_of_the_input_before_reading_an_element(int field)
    {
        // One byte on the wire may stand for a 128-byte element: presizing to the count would allocate 128x the body.
        const int Count = 1_000_000;
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(3);
            for (var i = 0; i < 3; i++)
            {
                if (i == field)
                {
                    if (field == 2)
                    {
                        w.WriteMapHeader(Count / 2);
                    }
                    else
                    {
                        w.WriteArrayHeader(Count);
                    }

                    w.WriteRaw(Enumerable.Repeat((byte)0xc1, Count).ToArray());
                }
                else
                {
                    w.WriteNil();
                }
            }
        });

        Assert.NotNull(Wire.Fails<WideHolder>(bytes));
        var allocated = Allocations.Fewest(() => Wire.TryRead<WideHolder>(bytes, "Deserialize<WideHolder>"), runs: 2);
        Assert.True(allocated < 2L * bytes.Length, $"allocated {allocated} bytes ({allocated / bytes.Length}x) rejecting a {bytes.Length}-byte body");
    }

    private static void AssertFailsCheaply<T>(byte[] bytes)
    {
        var allocated = Allocations.Fewest(() => Wire.Fails<T>(bytes));
        Assert.True(allocated < AllocationBudget, $"Deserialize<{typeof(T).Name}> allocated {allocated} bytes rejecting {HostileInput.Shorten(bytes)}");
    }
}
