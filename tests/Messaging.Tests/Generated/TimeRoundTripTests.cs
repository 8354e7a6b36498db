using System;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>DateTime, DateTimeOffset and TimeSpan through generated formatters.</summary>
public sealed class TimeRoundTripTests
{
    private static readonly DateTime s_utc = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1_234_567);

    [Fact]
    public void Utc_DateTime_round_trips_to_the_tick()
    {
        var back = Wire.RoundTrip(new DateTimeValue(s_utc)).Value;

        Assert.Equal(s_utc.Ticks, back.Ticks);
        Assert.Equal(DateTimeKind.Utc, back.Kind);
    }

    [Fact]
    public void Local_DateTime_comes_back_as_the_same_instant_in_Utc()
    {
        var local = new DateTime(2024, 5, 6, 12, 38, 9, DateTimeKind.Local).AddTicks(1_234_567);
        // test.runsettings sets TZ=Asia/Kolkata; in a UTC zone this test could not see a missing conversion.
        Assert.True(
            TimeZoneInfo.Local.GetUtcOffset(local) != TimeSpan.Zero,
            $"the local time zone ({TimeZoneInfo.Local.Id}) must not be UTC for this test; run it through test.runsettings or with TZ=Asia/Kolkata");

        var back = Wire.RoundTrip(new DateTimeValue(local)).Value;

        Assert.Equal(DateTimeKind.Utc, back.Kind);
        Assert.Equal(local.ToUniversalTime().Ticks, back.Ticks);
        Assert.NotEqual(local.Ticks, back.Ticks);
        Assert.Equal(Wire.Hex(new DateTimeValue(local.ToUniversalTime())), Wire.Hex(new DateTimeValue(local)));
    }

    [Fact]
    public void Unspecified_DateTime_is_taken_as_Utc()
    {
        var unspecified = DateTime.SpecifyKind(s_utc, DateTimeKind.Unspecified);

        var back = Wire.RoundTrip(new DateTimeValue(unspecified)).Value;

        Assert.Equal(unspecified.Ticks, back.Ticks);
        Assert.Equal(DateTimeKind.Utc, back.Kind);
        Assert.Equal(Wire.Hex(new DateTimeValue(s_utc)), Wire.Hex(new DateTimeValue(unspecified)));
    }

    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Unspecified)]
    public void DateTime_minimum_and_maximum_round_trip(DateTimeKind kind)
    {
        var minimum = DateTime.SpecifyKind(DateTime.MinValue, kind);
        var maximum = DateTime.SpecifyKind(DateTime.MaxValue, kind);

        Assert.Equal(DateTime.MinValue.Ticks, Wire.RoundTrip(new DateTimeValue(minimum)).Value.Ticks);
        Assert.Equal(DateTime.MaxValue.Ticks, Wire.RoundTrip(new DateTimeValue(maximum)).Value.Ticks);

        // Both lie outside 1970..2514, so they take the 96-bit form: ext8(12), type -1, nanoseconds, signed seconds.
        Assert.Equal(MsgPack.Hex("91 c70cff 00000000 fffffff1886e0900"), Wire.Hex(new DateTimeValue(minimum)));
        Assert.Equal(MsgPack.Hex("91 c70cff 3b9ac99c 0000003afff4417f"), Wire.Hex(new DateTimeValue(maximum)));
    }

    // Seconds since 1970 and nanoseconds, and the form the instant takes: 32-bit for whole seconds in
    // 1970..2106, 64-bit up to 2514 (and for fractions), 96-bit otherwise.
    [Theory]
    [InlineData(0L, 0U, "d6ff 00000000")]
    [InlineData(1714979289L, 0U, "d6ff 663881d9")]
    [InlineData(4294967295L, 0U, "d6ff ffffffff")]
    [InlineData(4294967296L, 0U, "d7ff 0000000100000000")]
    [InlineData(0L, 100U, "d7ff 0000019000000000")]
    [InlineData(1714979289L, 123456700U, "d7ff 1d6f32f0663881d9")]
    [InlineData(17179869183L, 999999900U, "d7ff ee6b2673ffffffff")]
    [InlineData(17179869184L, 0U, "c70cff 00000000 0000000400000000")]
    [InlineData(-1L, 0U, "c70cff 00000000 ffffffffffffffff")]
    [InlineData(-1L, 999999900U, "c70cff 3b9ac99c ffffffffffffffff")]
    public void DateTime_takes_the_smallest_timestamp_form_and_round_trips(long seconds, uint nanoseconds, string timestamp)
    {
        var instant = Spec.FromUnix(seconds, nanoseconds);

        Assert.Equal("91" + MsgPack.Hex(timestamp), Wire.Hex(new DateTimeValue(instant)));
        Assert.Equal(instant, Wire.RoundTrip(new DateTimeValue(instant)).Value);
    }

    [Fact]
    public void DateTime_field_truncates_nanoseconds_from_other_producers_to_ticks()
    {
        // 64-bit form, 123 456 789 ns: DateTime keeps 100 ns units.
        var packed = ((ulong)123_456_789 << 34) | 1_714_979_289UL;

        var back = Wire.Read<DateTimeValue>("91 d7ff" + packed.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)).Value;

        Assert.Equal(Spec.FromUnix(1_714_979_289, 123_456_700), back);
    }

    [Fact]
    public void DateTimeOffset_keeps_the_instant_and_comes_back_with_offset_zero()
    {
        var original = new DateTimeOffset(2024, 5, 6, 9, 38, 9, TimeSpan.FromHours(2.5)).AddTicks(1_234_567);

        var back = Wire.RoundTrip(new DateTimeOffsetValue(original)).Value;

        // Documented in docs/wire-format.md: the offset is not on the wire.
        Assert.Equal(TimeSpan.Zero, back.Offset);
        Assert.Equal(original.UtcDateTime, back.UtcDateTime);
        Assert.Equal(original, back); // DateTimeOffset equality compares instants...
        Assert.False(original.EqualsExact(back)); // ...but the +02:30 is gone.
        Assert.Equal(Wire.Hex(new DateTimeValue(original.UtcDateTime)), Wire.Hex(new DateTimeOffsetValue(original)));
    }

    [Fact]
    public void DateTimeOffset_with_a_negative_offset_comes_back_as_the_same_instant_at_offset_zero()
    {
        var original = new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.FromHours(-8));

        var back = Wire.RoundTrip(new DateTimeOffsetValue(original)).Value;

        Assert.Equal(new DateTimeOffset(2025, 1, 1, 4, 0, 0, TimeSpan.Zero), back);
        Assert.Equal(TimeSpan.Zero, back.Offset);
    }

    [Fact]
    public void DateTimeOffset_minimum_and_maximum_round_trip()
    {
        Assert.True(DateTimeOffset.MinValue.EqualsExact(Wire.RoundTrip(new DateTimeOffsetValue(DateTimeOffset.MinValue)).Value));
        Assert.True(DateTimeOffset.MaxValue.EqualsExact(Wire.RoundTrip(new DateTimeOffsetValue(DateTimeOffset.MaxValue)).Value));
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(-1L, "ff")]
    [InlineData(TimeSpan.TicksPerDay, "cf000000c92a69c000")]
    [InlineData(-TimeSpan.TicksPerDay, "d3ffffff36d5964000")]
    [InlineData(long.MinValue, "d38000000000000000")]
    [InlineData(long.MaxValue, "cf7fffffffffffffff")]
    public void TimeSpan_round_trips_as_its_tick_count(long ticks, string encoded)
    {
        var value = TimeSpan.FromTicks(ticks);

        Assert.Equal("91" + encoded, Wire.Hex(new TimeSpanValue(value)));
        Assert.Equal(value, Wire.RoundTrip(new TimeSpanValue(value)).Value);
    }

    [Fact]
    public void TimeSpan_minimum_and_maximum_round_trip()
    {
        Assert.Equal(TimeSpan.MinValue, Wire.RoundTrip(new TimeSpanValue(TimeSpan.MinValue)).Value);
        Assert.Equal(TimeSpan.MaxValue, Wire.RoundTrip(new TimeSpanValue(TimeSpan.MaxValue)).Value);
    }

    [Fact]
    public void DateTime_field_rejects_another_extension_type_with_the_field_named()
    {
        Assert.Equal(
            "DateTimeValue: field 0 (Value) expected a timestamp, found extension type 5 at byte 1",
            Wire.FailureOf<DateTimeValue>("91 d605 00000000"));
    }
}
