using System;
using System.Linq;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>byte[], ReadOnlyMemory&lt;byte&gt; and Memory&lt;byte&gt; through generated formatters.</summary>
public sealed class BinaryRoundTripTests
{
    [Fact]
    public void Null_byte_array_is_nil_and_default_memories_are_empty_bin()
    {
        var message = new BinaryValues(null, default, default);

        var back = Wire.RoundTrip(message);

        Assert.Equal(MsgPack.Hex("93 c0 c400 c400"), Wire.Hex(message));
        Assert.Null(back.Bytes);
        Assert.True(back.ReadOnly.IsEmpty);
        Assert.True(back.Writable.IsEmpty);
    }

    [Fact]
    public void Empty_binaries_round_trip_as_empty_bin()
    {
        var message = new BinaryValues([], ReadOnlyMemory<byte>.Empty, Memory<byte>.Empty);

        var back = Wire.RoundTrip(message);

        Assert.Equal(MsgPack.Hex("93 c400 c400 c400"), Wire.Hex(message));
        Assert.Empty(back.Bytes!);
        Assert.True(back.ReadOnly.IsEmpty);
        Assert.True(back.Writable.IsEmpty);
    }

    [Fact]
    public void Binaries_round_trip_byte_for_byte()
    {
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        // A slice of a larger array: only the slice travels.
        var slice = new ReadOnlyMemory<byte>(all, 10, 3);
        var message = new BinaryValues(all, slice, new byte[] { 0xff, 0x00 });

        var back = Wire.RoundTrip(message);

        Assert.Equal(all, back.Bytes);
        Assert.Equal([10, 11, 12], back.ReadOnly.ToArray());
        Assert.Equal([0xff, 0x00], back.Writable.ToArray());
        Assert.StartsWith("93c5010000010203", Wire.Hex(message), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(255, "c4ff")]
    [InlineData(256, "c50100")]
    [InlineData(65535, "c5ffff")]
    [InlineData(65536, "c600010000")]
    [InlineData(70 * 1024, "c600011800")]
    public void Binaries_at_each_header_boundary_round_trip(int length, string header)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var message = new BinaryValues(bytes, bytes, bytes);

        var back = Wire.RoundTrip(message);

        Assert.Equal(bytes, back.Bytes);
        Assert.Equal(bytes, back.ReadOnly.ToArray());
        Assert.Equal(bytes, back.Writable.ToArray());
        Assert.StartsWith("93" + header, Wire.Hex(message), StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_fields_read_a_str_from_old_producers_and_nil_as_empty_memory()
    {
        var back = Wire.Read<BinaryValues>("93 a26869 a0 c0");

        Assert.Equal("hi"u8.ToArray(), back.Bytes);
        Assert.True(back.ReadOnly.IsEmpty);
        Assert.True(back.Writable.IsEmpty);
    }

    [Fact]
    public void Binary_field_rejects_an_integer_with_the_field_named()
    {
        Assert.Equal("BinaryValues: field 1 (ReadOnly) expected binary, found positive fixint at byte 3", Wire.FailureOf<BinaryValues>("93 c400 05 c400"));
    }
}
