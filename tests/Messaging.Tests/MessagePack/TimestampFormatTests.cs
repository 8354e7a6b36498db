using System;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePack;

public class TimestampFormatTests
{
    private static readonly DateTime s_sample = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    public static TheoryData<string, DateTime, string> Instants => new()
    {
        { "32-bit", DateTime.UnixEpoch, "d6 ff 00000000" },
        { "32-bit", DateTime.UnixEpoch.AddSeconds(1), "d6 ff 00000001" },
        { "32-bit", s_sample, "d6 ff 663881d9" },
        { "32-bit", new DateTime(2106, 2, 7, 6, 28, 15, DateTimeKind.Utc), "d6 ff ffffffff" },
        { "64-bit", new DateTime(2106, 2, 7, 6, 28, 16, DateTimeKind.Utc), "d7 ff 0000000100000000" },
        { "64-bit", DateTime.UnixEpoch.AddTicks(1), "d7 ff 0000019000000000" },
        { "64-bit", s_sample.AddTicks(1_234_567), "d7 ff 1d6f32f0663881d9" },
        { "64-bit", new DateTime(2514, 5, 30, 1, 53, 3, DateTimeKind.Utc).AddTicks(9_999_999), "d7 ff ee6b2673ffffffff" },
        { "96-bit", new DateTime(2514, 5, 30, 1, 53, 4, DateTimeKind.Utc), "c7 0c ff 00000000 0000000400000000" },
        { "96-bit", DateTime.UnixEpoch.AddSeconds(-1), "c7 0c ff 00000000 ffffffffffffffff" },
        { "96-bit", DateTime.UnixEpoch.AddMilliseconds(-500), "c7 0c ff 1dcd6500 ffffffffffffffff" },
        { "96-bit", DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), "c7 0c ff 00000000 fffffff1886e0900" },
        { "96-bit", DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), "c7 0c ff 3b9ac99c 0000003afff4417f" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Timestamp_is_written_in_its_smallest_form_and_read_back_as_utc(string form, DateTime utc, string hex)
    {
        var written = MsgPack.Write((ref WireWriter w) => w.Write(utc));

        Assert.Equal(form switch { "32-bit" => "fixext4", "64-bit" => "fixext8", _ => "ext8" }, FormatNames.Of(written[0]));
        Assert.Equal(MsgPack.Hex(hex), MsgPack.ToHex(written));

        var read = MsgPack.Read(written, (ref WireReader r) => r.ReadDateTime());
        Assert.Equal(utc.Ticks, read.Ticks);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }

    [Fact]
    public void Unspecified_kind_is_taken_as_utc()
    {
        var unspecified = DateTime.SpecifyKind(s_sample, DateTimeKind.Unspecified);

        Assert.NotEqual(TimeSpan.Zero, TimeZoneInfo.Local.GetUtcOffset(s_sample));
        Assert.Equal("d6ff663881d9", MsgPack.WriteHex((ref WireWriter w) => w.Write(unspecified)));
    }

    [Fact]
    public void Local_kind_is_converted_to_utc()
    {
        // test.runsettings sets TZ=Asia/Kolkata; on a UTC zone this test could not see a missing conversion.
        Assert.True(
            TimeZoneInfo.Local.GetUtcOffset(s_sample) != TimeSpan.Zero,
            $"the local time zone ({TimeZoneInfo.Local.Id}) must not be UTC for this test; run it through test.runsettings or with TZ=Asia/Kolkata");
        var local = s_sample.ToLocalTime();
        Assert.NotEqual(s_sample.Ticks, local.Ticks);

        var written = MsgPack.Write((ref WireWriter w) => w.Write(local));

        Assert.Equal("d6ff663881d9", MsgPack.ToHex(written));
        Assert.Equal(s_sample, MsgPack.Read(written, (ref WireReader r) => r.ReadDateTime()));
    }

    [Fact]
    public void DateTimeOffset_is_written_as_its_instant_and_read_back_with_a_zero_offset()
    {
        var offset = new DateTimeOffset(2024, 5, 6, 9, 38, 9, TimeSpan.FromHours(2.5));

        var written = MsgPack.Write((ref WireWriter w) => w.Write(offset));

        Assert.Equal("d6ff663881d9", MsgPack.ToHex(written));
        var read = MsgPack.Read(written, (ref WireReader r) => r.ReadDateTimeOffset());
        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal(offset, read);
    }

    [Theory]
    [InlineData("d7 ff 00000fa000000000", 10L)]
    [InlineData("d7 ff 00000f9c00000000", 9L)]
    [InlineData("d7 ff 0000018c00000000", 0L)]
    [InlineData("c7 0c ff 3b9ac9ff 0000000000000000", 9_999_999L)]
    public void Nanoseconds_are_truncated_to_whole_ticks(string hex, long ticksAfterEpoch)
    {
        var read = MsgPack.Read(hex, (ref WireReader r) => r.ReadDateTime());

        Assert.Equal(DateTime.UnixEpoch.Ticks + ticksAfterEpoch, read.Ticks);
    }

    [Theory]
    [InlineData("d7 ff 0000000000000001", 1L, 0u)]
    [InlineData("c7 0c ff 00000000 0000000000000001", 1L, 0u)]
    [InlineData("c7 0c ff 00000064 0000000000000000", 0L, 100u)]
    [InlineData("c7 0c ff 00000064 fffffff1886e0900", -62135596800L, 100u)]
    [InlineData("d7 ff 00000003ffffffff", 17179869183L, 0u)]
    public void Timestamp_is_read_from_any_form_that_holds_it(string hex, long seconds, uint nanoseconds)
    {
        Assert.Equal(Spec.FromUnix(seconds, nanoseconds), MsgPack.Read(hex, (ref WireReader r) => r.ReadDateTime()));
    }

    [Theory]
    [InlineData("c7 0c ff 00000000 fffffff1886e08ff", "timestamp of -62135596801 seconds is outside the range of DateTime at byte 0")]
    [InlineData("c7 0c ff 00000000 0000003afff44180", "timestamp of 253402300800 seconds is outside the range of DateTime at byte 0")]
    [InlineData("c7 0c ff 00000000 7fffffffffffffff", "timestamp of 9223372036854775807 seconds is outside the range of DateTime at byte 0")]
    [InlineData("c7 0c ff 00000000 8000000000000000", "timestamp of -9223372036854775808 seconds is outside the range of DateTime at byte 0")]
    public void Timestamp_outside_the_range_of_DateTime_fails(string hex, string message)
    {
        Assert.Equal(message, MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadDateTime()).Message);
    }

    [Theory]
    [InlineData("d4 ff 00", "expected a timestamp of 4, 8 or 12 bytes, found 1 bytes at byte 0")]
    [InlineData("d8 ff 00000000000000000000000000000000", "expected a timestamp of 4, 8 or 12 bytes, found 16 bytes at byte 0")]
    [InlineData("c7 00 ff", "expected a timestamp of 4, 8 or 12 bytes, found 0 bytes at byte 0")]
    [InlineData("d6 05 00000000", "expected a timestamp, found extension type 5 at byte 0")]
    [InlineData("01", "expected a timestamp, found positive fixint at byte 0")]
    [InlineData("a0", "expected a timestamp, found fixstr at byte 0")]
    public void Non_timestamp_fails_naming_what_was_found(string hex, string message)
    {
        Assert.Equal(message, MsgPack.ReadFails(hex, (ref WireReader r) => r.ReadDateTime()).Message);
    }
}
