using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>Enums of every underlying type, and nullable values and references, through generated formatters.</summary>
public sealed class EnumAndNullableRoundTripTests
{
    private static readonly EnumValues s_lowest = new(
        Color.Red, (Size)0, Temperature.Freezing, Altitude.Trench, (Port)0, (Capacity)0, Distance.Behind, Mask.None, Permissions.None);

    private static readonly EnumValues s_highest = new(
        Color.Blue, Size.Large, Temperature.Boiling, Altitude.Peak, Port.Highest, Capacity.Full, Distance.Far, Mask.All,
        Permissions.Read | Permissions.Write | Permissions.Execute | Permissions.Admin);

    [Fact]
    public void Enums_of_every_underlying_type_round_trip_at_their_limits()
    {
        Assert.Equal(s_lowest, Wire.RoundTrip(s_lowest));
        Assert.Equal(s_highest, Wire.RoundTrip(s_highest));
    }

    [Fact]
    public void Enums_travel_as_their_underlying_integer_in_the_smallest_encoding()
    {
        Assert.Equal(
            MsgPack.Hex("99 00 00 d080 d18000 00 00 d38000000000000000 00 00"),
            Wire.Hex(s_lowest));
        Assert.Equal(
            MsgPack.Hex("99 02 ccff 7f cd7fff cdffff ceffffffff cf7fffffffffffffff cfffffffffffffffff ce40000007"),
            Wire.Hex(s_highest));
    }

    [Fact]
    public void Undefined_enum_values_round_trip_unchanged()
    {
        var message = new EnumValues((Color)(-7), (Size)200, (Temperature)(-1), (Altitude)12345, (Port)8080, (Capacity)42, (Distance)(-1), Mask.High | (Mask)1, (Permissions)(-1));

        Assert.Equal(message, Wire.RoundTrip(message));
    }

    [Fact]
    public void Flags_combinations_round_trip_as_their_combined_value()
    {
        var combined = s_lowest with { Permissions = Permissions.Read | Permissions.Execute };

        var back = Wire.RoundTrip(combined);

        Assert.Equal(Permissions.Read | Permissions.Execute, back.Permissions);
        Assert.EndsWith("05", Wire.Hex(combined), StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_field_rejects_a_value_outside_its_underlying_type()
    {
        // Size is a byte enum: 256 does not fit and must not be truncated to 0.
        var bytes = Wire.Write((ref Serialization.WireWriter w) =>
        {
            w.WriteArrayHeader(2);
            w.Write(0);
            w.Write(256);
        });

        Assert.Equal("EnumValues: field 1 (Size) expected uint8, found 256, which is out of range at byte 2", Wire.Fails<EnumValues>(bytes).Message);
    }

    [Fact]
    public void Nullable_values_and_references_round_trip_as_nil()
    {
        var empty = new NullableValues(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        var back = Wire.RoundTrip(empty);

        Assert.Equal("dc0014" + string.Concat(Enumerable.Repeat("c0", 20)), Wire.Hex(empty));
        Assert.Null(back.Count);
        Assert.Null(back.Total);
        Assert.Null(back.Flag);
        Assert.Null(back.Ratio);
        Assert.Null(back.Score);
        Assert.Null(back.Price);
        Assert.Null(back.Id);
        Assert.Null(back.At);
        Assert.Null(back.Offset);
        Assert.Null(back.Elapsed);
        Assert.Null(back.Initial);
        Assert.Null(back.Tint);
        Assert.Null(back.Bits);
        Assert.Null(back.Cost);
        Assert.Null(back.Immutable);
        Assert.Null(back.Blob);
        Assert.Null(back.Text);
        Assert.Null(back.Bytes);
        Assert.Null(back.Line);
        Assert.Null(back.Counts);
    }

    [Fact]
    public void Nullable_values_and_references_round_trip_with_values()
    {
        var at = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var full = new NullableValues(
            Count: 0,
            Total: long.MinValue,
            Flag: false,
            Ratio: double.NaN,
            Score: -0.0f,
            Price: 0.10m,
            Id: Guid.Empty,
            At: at,
            Offset: new DateTimeOffset(at),
            Elapsed: TimeSpan.MaxValue,
            Initial: '\0',
            Tint: Color.Red,
            Bits: Mask.All,
            Cost: new Money(9.99m, "EUR"),
            Immutable: [1, 2, 3],
            Blob: new byte[] { 0, 255 },
            Text: "",
            Bytes: [],
            Line: new OrderLine("A-1", 2, 3.50m),
            Counts: [1, null, -1]);

        var back = Wire.RoundTrip(full);

        Assert.Equal(0, back.Count);
        Assert.Equal(long.MinValue, back.Total);
        Assert.False(back.Flag);
        Assert.True(double.IsNaN(back.Ratio!.Value));
        Assert.True(float.IsNegative(back.Score!.Value) && back.Score == 0);
        Assert.Equal("0.10", back.Price!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Guid.Empty, back.Id);
        Assert.Equal(at, back.At);
        Assert.Equal(new DateTimeOffset(at), back.Offset);
        Assert.Equal(TimeSpan.MaxValue, back.Elapsed);
        Assert.Equal('\0', back.Initial);
        Assert.Equal(Color.Red, back.Tint);
        Assert.Equal(Mask.All, back.Bits);
        Assert.Equal(new Money(9.99m, "EUR"), back.Cost);
        Assert.Equal([1, 2, 3], back.Immutable!.Value.ToArray());
        Assert.Equal([0, 255], back.Blob!.Value.ToArray());
        Assert.Equal("", back.Text);
        Assert.Empty(back.Bytes!);
        Assert.Equal(new OrderLine("A-1", 2, 3.50m), back.Line);
        Assert.Equal([1, null, -1], back.Counts!);
    }

    [Fact]
    public void Nullable_holding_the_default_value_is_not_nil()
    {
        var zeros = new NullableValues(0, 0, false, 0, 0, 0, Guid.Empty, default(DateTime), default(DateTimeOffset), TimeSpan.Zero, '\0', default(Color), default(Mask), default(Money), ImmutableArray<int>.Empty, ReadOnlyMemory<byte>.Empty, "", [], null, []);

        var back = Wire.RoundTrip(zeros);

        Assert.Equal(0, back.Count);
        Assert.Equal(0L, back.Total);
        Assert.False(back.Flag);
        Assert.Equal(0, back.Ratio);
        Assert.Equal(0m, back.Price);
        Assert.Equal(Guid.Empty, back.Id);
        Assert.Equal(default(DateTime), back.At);
        Assert.Equal(TimeSpan.Zero, back.Elapsed);
        Assert.Equal('\0', back.Initial);
        Assert.Equal(Color.Red, back.Tint);
        Assert.Equal(Mask.None, back.Bits);
        Assert.Equal(default(Money), back.Cost);
        Assert.True(back.Immutable is { IsDefault: false, IsEmpty: true });
        Assert.Equal(0, back.Blob!.Value.Length);
    }

    [Fact]
    public void Non_nullable_reference_member_that_arrives_as_nil_reads_as_null()
    {
        // docs/wire-format.md: "the wire cannot promise more than the producer sent".
        var line = Wire.Read<OrderLine>("93 c0 01 a131");

        Assert.Null(line.Sku);
        Assert.Equal(1, line.Quantity);
    }

    [Fact]
    public void Nullable_value_field_rejects_the_wrong_type_with_the_field_named()
    {
        var bytes = Wire.Write((ref Serialization.WireWriter w) =>
        {
            w.WriteArrayHeader(2);
            w.WriteNil();
            w.Write("7");
        });

        Assert.Equal("NullableValues: field 1 (Total) expected int64, found fixstr at byte 2", Wire.Fails<NullableValues>(bytes).Message);
    }
}
