using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using Messaging.Serialization;
using Messaging.Tests.Contracts;
using Xunit;

namespace Messaging.Abstractions.NetStandard.Tests;

/// <summary>
/// The netstandard2.0 build of the wire core writes the bytes the net10.0 build writes. Expected hex comes from Python:
/// <c>msgpack.packb(value, use_bin_type=True)</c>.
/// </summary>
public sealed class NetStandardWireCoreTests
{
    [Fact]
    public void This_process_runs_the_netstandard2_0_build_of_the_wire_core_and_of_the_contracts()
    {
        Assert.Equal(".NETStandard,Version=v2.0", typeof(WireSerializer).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
        Assert.Equal(".NETStandard,Version=v2.0", typeof(OrderSubmitted).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
    }

    [Theory]
    [InlineData(1.5, "cb3ff8000000000000")]
    [InlineData(-0.25, "cbbfd0000000000000")]
    public void Doubles_are_big_endian_float64(double value, string hex)
    {
        Assert.Equal(hex, Write((ref WireWriter w) => w.Write(value)));
        Assert.Equal(value, Read(hex, (ref WireReader r) => r.ReadDouble()));
    }

    [Fact]
    public void Floats_are_big_endian_float32()
    {
        Assert.Equal("ca3fc00000", Write((ref WireWriter w) => w.Write(1.5f)));
        Assert.Equal(1.5f, Read("ca3fc00000", (ref WireReader r) => r.ReadSingle()));
    }

    [Fact]
    public void Strings_are_utf8_short_ascii_and_long_non_ascii_alike()
    {
        Assert.Equal("a3616263", Write((ref WireWriter w) => w.Write("abc")));
        Assert.Equal("a2c3a9", Write((ref WireWriter w) => w.Write("é")));
        var long40 = new string('ü', 40);
        Assert.Equal("d950" + string.Concat(Enumerable.Repeat("c3bc", 40)), Write((ref WireWriter w) => w.Write(long40)));
        Assert.Equal(long40, Read("d950" + string.Concat(Enumerable.Repeat("c3bc", 40)), (ref WireReader r) => r.ReadString()));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_on_net10()
    {
        Assert.Throws<WireSerializationException>(() => Write((ref WireWriter w) => w.Write("a\ud800b" + new string('x', 40))));
    }

    [Fact]
    public void Guids_are_lower_case_36_character_strings_and_read_from_big_endian_bin16()
    {
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        const string Text = "d92430663866616435622d643963622d343639662d613136352d373038363737323839353065";
        Assert.Equal(Text, Write((ref WireWriter w) => w.Write(guid)));
        Assert.Equal(guid, Read(Text, (ref WireReader r) => r.ReadGuid()));
        Assert.Equal(guid, Read("c410" + "0f8fad5bd9cb469fa16570867728950e", (ref WireReader r) => r.ReadGuid()));
    }

    [Fact]
    public void Decimals_are_invariant_strings_including_96_bit_mantissas()
    {
        Assert.Equal("a63132392e3930", Write((ref WireWriter w) => w.Write(129.90m)));
        Assert.Equal("bd3739323238313632353134323634333337353933353433393530333335", Write((ref WireWriter w) => w.Write(decimal.MaxValue)));
        Assert.Equal(decimal.MaxValue, Read("bd3739323238313632353134323634333337353933353433393530333335", (ref WireReader r) => r.ReadDecimal()));
        Assert.Equal(129.90m, Read("a63132392e3930", (ref WireReader r) => r.ReadDecimal()));
    }

    [Fact]
    public void Timestamps_are_the_msgpack_timestamp_extension()
    {
        var when = new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero);
        Assert.Equal("d6ff6b172c60", Write((ref WireWriter w) => w.Write(when)));
        Assert.Equal(when.UtcDateTime, Read("d6ff6b172c60", (ref WireReader r) => r.ReadDateTime()));
    }

    [Fact]
    public void Contracts_messages_round_trip_through_the_netstandard2_0_formatters()
    {
        var order = new OrderSubmitted(
            Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            "eu-west",
            129.90m,
            new Address("1 Rue de la Paix", "Paris", "FR"),
            [new OrderLine("SKU-1", 2, 10.50m), new OrderLine("SKU-2", 1, 108.90m)],
            ["gift", "express"],
            new Dictionary<string, int> { ["SKU-1"] = 2, ["SKU-2"] = 1 },
            [new Address("2 Main St", "Leeds", null)],
            new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero));

        var copy = WireSerializer.Deserialize<OrderSubmitted>(WireSerializer.Serialize(order));

        Assert.Equal(order.ShipTo, copy.ShipTo);
        Assert.Equal(order.Lines, copy.Lines);
        Assert.Equal(order.Tags, copy.Tags);
        Assert.Equal(order.Quantities.OrderBy(p => p.Key), copy.Quantities.OrderBy(p => p.Key));
        Assert.Equal(order.Returns, copy.Returns);
        Assert.Equal(order.SubmittedAt, copy.SubmittedAt);
        Assert.Equal(order.Total, copy.Total);
    }

    [Fact]
    public void A_duplicate_map_key_is_refused_by_the_netstandard2_0_formatter_too()
    {
        var bytes = WireSerializer.Serialize(new OrderSubmitted(
            Guid.Empty, "eu", 1m, new Address("s", "c", null), [], [], new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }, [], default));
        // Rename key "b" to "a" in place: the map now holds "a" twice.
        var index = Array.LastIndexOf(bytes, (byte)'b');
        bytes[index] = (byte)'a';

        var error = Assert.Throws<WireSerializationException>(() => WireSerializer.Deserialize<OrderSubmitted>(bytes));
        Assert.Contains("duplicate map key 'a'", error.Message, StringComparison.Ordinal);
    }

    private delegate T ReadFunc<T>(ref WireReader reader);

    private delegate void WriteAction(ref WireWriter writer);

    private static string Write(WriteAction write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new WireWriter(buffer);
        write(ref writer);
        writer.Flush();
        return Convert.ToHexString(buffer.WrittenSpan).ToLowerInvariant();
    }

    private static T Read<T>(string hex, ReadFunc<T> read)
    {
        var reader = new WireReader(Convert.FromHexString(hex));
        return read(ref reader);
    }
}
