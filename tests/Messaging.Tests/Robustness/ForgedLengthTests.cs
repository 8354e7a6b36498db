using System;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Robustness;

public class ForgedLengthTests
{
    // An exception, its message and stack trace cost a few kilobytes; a believed length prefix would cost gigabytes.
    private const long AllocationBudget = 16 * 1024;

    // A header claiming far more than follows, then a little real data.
    [Theory]
    [InlineData("db ffffffff", "string")]
    [InlineData("db 80000000", "string")]
    [InlineData("db 7fffffff", "string")]
    [InlineData("da ffff", "string")]
    [InlineData("d9 ff", "string")]
    [InlineData("c6 ffffffff", "bin")]
    [InlineData("c6 80000000", "bin")]
    [InlineData("c6 7fffffff", "bin")]
    [InlineData("c5 ffff", "bin")]
    [InlineData("c4 ff", "bin")]
    [InlineData("dd ffffffff", "array")]
    [InlineData("dd 80000000", "array")]
    [InlineData("dd 7fffffff", "array")]
    [InlineData("dc ffff", "array")]
    [InlineData("df ffffffff", "map")]
    [InlineData("df 80000000", "map")]
    [InlineData("df 7fffffff", "map")]
    [InlineData("de ffff", "map")]
    [InlineData("c9 ffffffff 05", "ext")]
    [InlineData("c9 80000000 05", "ext")]
    [InlineData("c9 7fffffff ff", "ext")]
    [InlineData("c8 ffff ff", "ext")]
    [InlineData("c7 ff 05", "ext")]
    public void Forged_length_prefix_fails_fast_without_allocating_what_it_claims(string header, string family)
    {
        var input = MsgPack.FromHex(header).Concat(Enumerable.Repeat((byte)0x61, 8)).ToArray();

        ReadAction typed = family switch
        {
            "string" => (ref WireReader r) => r.ReadString(),
            "bin" => (ref WireReader r) => r.ReadBytes(),
            "array" => (ref WireReader r) => r.ReadArrayHeader(),
            "map" => (ref WireReader r) => r.ReadMapHeader(),
            _ => (ref WireReader r) => r.ReadExtensionHeader(),
        };

        AssertFailsCheaply(input, family, typed);
        AssertFailsCheaply(input, "Skip", (ref WireReader r) => r.Skip());
        AssertFailsCheaply(input, "generic read", (ref WireReader r) => SpecCodec.Read(ref r));

        // The same lie one level down.
        var nested = new byte[] { 0x91 }.Concat(input).ToArray();
        AssertFailsCheaply(nested, "Skip (nested)", (ref WireReader r) => r.Skip());
        AssertFailsCheaply(nested, "generic read (nested)", (ref WireReader r) => SpecCodec.Read(ref r));
    }

    [Theory]
    [InlineData("db ffffffff 6161", "string of 4294967295 bytes exceeds the 2 bytes remaining at byte 0")]
    [InlineData("c6 80000000 6161", "bin of 2147483648 bytes exceeds the 2 bytes remaining at byte 0")]
    [InlineData("dd ffffffff 6161", "array of 4294967295 elements exceeds the 2 bytes remaining at byte 0")]
    [InlineData("df 7fffffff 6161", "map of 2147483647 entries exceeds the 2 bytes remaining at byte 0")]
    [InlineData("c9 ffffffff 05 6161", "extension of 4294967295 bytes exceeds the 2 bytes remaining at byte 0")]
    public void Forged_length_prefix_is_reported_with_the_claimed_and_remaining_lengths(string hex, string message)
    {
        Assert.Equal(message, HostileInput.Fails(MsgPack.FromHex(hex), "Skip", (ref WireReader r) => r.Skip()).Message);
    }

    [Fact]
    public void Timestamp_with_a_forged_ext32_length_fails_without_allocating()
    {
        AssertFailsCheaply(MsgPack.FromHex("c9 ffffffff ff 0000000000000000"), "ReadDateTime", (ref WireReader r) => r.ReadDateTime());
    }

    [Fact]
    public void Collection_whose_elements_outnumber_the_remaining_bytes_fails_during_Skip()
    {
        // Each header is believable on its own; together they promise more values than bytes remain.
        var input = MsgPack.FromHex("9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f 9f");

        var ex = HostileInput.Fails(input, "Skip", (ref WireReader r) => r.Skip());

        Assert.Contains("exceed", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Offset < 10, ex.Message);
    }

    private static void AssertFailsCheaply(byte[] input, string what, ReadAction read)
    {
        var allocated = Allocations.Fewest(() => HostileInput.Fails(input, what, read), runs: 3);

        Assert.True(allocated < AllocationBudget, $"{what} on {HostileInput.Shorten(input)} allocated {allocated} bytes");
    }
}
