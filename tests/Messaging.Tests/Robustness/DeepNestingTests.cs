using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Robustness;

public class DeepNestingTests
{
    private const int Depth = 1_000_000;

    private static byte[] Nested(byte container, int depth, params byte[] tail) =>
        [.. Enumerable.Repeat(container, depth), .. tail];

    [Fact]
    public void A_million_nested_arrays_are_skipped_without_recursion()
    {
        var input = Nested(0x91, Depth, 0xc0, 0x2a);
        var reader = new WireReader(input);

        reader.Skip();

        Assert.Equal(Depth + 1, reader.Position);
        Assert.Equal(42, reader.ReadInt32());
    }

    [Fact]
    public void A_million_nested_arrays_are_returned_whole_by_ReadRawValue()
    {
        var input = Nested(0x91, Depth, 0xc3);
        var reader = new WireReader(input);

        Assert.Equal(input.Length, reader.ReadRawValue().Length);
    }

    [Fact]
    public void A_million_nested_maps_are_skipped_without_recursion()
    {
        // Each map's key is the next map; the values all come at the end.
        var input = Nested(0x81, Depth, [.. Enumerable.Repeat((byte)0xc0, Depth + 1)]);
        var reader = new WireReader(input);

        reader.Skip();

        Assert.True(reader.End);
    }

    [Fact]
    public void A_million_nested_arrays_without_an_end_fail_with_a_serialization_exception()
    {
        var ex = HostileInput.Fails(Nested(0x91, Depth), "Skip", (ref WireReader r) => r.Skip());

        Assert.Equal($"array of 1 elements exceeds the 0 bytes remaining at byte {Depth - 1}", ex.Message);
    }

    [Fact]
    public void Wide_nesting_that_promises_more_values_than_bytes_fails_early()
    {
        var ex = HostileInput.Fails(Nested(0xdc, Depth), "Skip", (ref WireReader r) => r.Skip());

        Assert.True(ex.Offset < 100, ex.Message);
    }

    [Fact]
    public void Recursive_reads_stop_at_the_default_maximum_depth()
    {
        var ex = HostileInput.Fails(Nested(0x91, Depth, 0xc0), "generic read", (ref WireReader r) => SpecCodec.Read(ref r));

        Assert.Equal("nesting exceeds the maximum depth of 64 at byte 64", ex.Message);
    }

    [Fact]
    public void Recursive_reads_stop_at_a_configured_maximum_depth()
    {
        var options = new WireReaderOptions { MaxDepth = 1000 };

        var ex = HostileInput.Fails(Nested(0x81, Depth, 0xc0), "generic read", (ref WireReader r) => SpecCodec.Read(ref r), options);

        Assert.Equal("nesting exceeds the maximum depth of 1000 at byte 1000", ex.Message);
    }

    [Fact]
    public void Nesting_up_to_the_maximum_depth_reads()
    {
        var options = new WireReaderOptions { MaxDepth = 3 };

        Assert.Null(HostileInput.Run(Nested(0x91, 3, 0xc0), "generic read", HostileInput.ReadAll, options));
        Assert.NotNull(HostileInput.Run(Nested(0x91, 4, 0xc0), "generic read", HostileInput.ReadAll, options));
    }

    [Fact]
    public void EnterNested_fails_one_level_past_MaxDepth_and_ExitNested_makes_room_again()
    {
        var reader = new WireReader(MsgPack.FromHex("c0"), new WireReaderOptions { MaxDepth = 3 });
        reader.EnterNested();
        reader.EnterNested();
        reader.EnterNested();
        Assert.Equal(3, reader.Depth);

        WireSerializationException? failure = null;
        try
        {
            reader.EnterNested();
        }
        catch (WireSerializationException ex)
        {
            failure = ex;
        }

        Assert.NotNull(failure);
        Assert.Equal("nesting exceeds the maximum depth of 3 at byte 0", failure.Message);
        Assert.Equal(3, reader.Depth); // the failed call does not count as a level

        reader.ExitNested();
        Assert.Equal(2, reader.Depth);
        reader.EnterNested();
        Assert.Equal(3, reader.Depth);
    }

    [Fact]
    public void Default_maximum_depth_is_64()
    {
        var reader = new WireReader(ReadOnlySpan<byte>.Empty);
        for (var i = 0; i < WireReaderOptions.DefaultMaxDepth; i++)
        {
            reader.EnterNested();
        }

        Assert.Equal(64, WireReaderOptions.DefaultMaxDepth);
        Assert.Equal(64, WireReaderOptions.Default.MaxDepth);
        Assert.Equal(64, reader.Depth);
        Assert.NotNull(HostileInput.Run([], "EnterNested", (ref WireReader r) =>
        {
            for (var i = 0; i <= 64; i++)
            {
                r.EnterNested();
            }
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxDepth_below_one_is_rejected_when_the_reader_is_created(int maxDepth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WireReader([], new WireReaderOptions { MaxDepth = maxDepth }));
    }
}
