using System;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Robustness;

public class TruncationTests
{
    [Fact]
    public void The_whole_sample_document_reads()
    {
        Assert.Null(HostileInput.Run(SampleDocument.Bytes, "typed reads", SampleDocument.Read));
    }

    [Fact]
    public void Every_prefix_of_the_sample_document_fails_typed_reads_with_a_serialization_exception()
    {
        var bytes = SampleDocument.Bytes;
        for (var length = 0; length < bytes.Length; length++)
        {
            var ex = HostileInput.Fails(bytes.AsSpan(0, length), $"typed reads of a {length}-byte prefix", SampleDocument.Read);

            Assert.EndsWith($" at byte {ex.Offset}", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_prefix_of_the_sample_document_fails_Skip_and_the_generic_read()
    {
        var bytes = SampleDocument.Bytes;
        for (var length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes.AsSpan(0, length);
            HostileInput.Fails(prefix, $"Skip of a {length}-byte prefix", (ref WireReader r) => r.Skip());
            HostileInput.Fails(prefix, $"ReadRawValue of a {length}-byte prefix", (ref WireReader r) => r.ReadRawValue());
            HostileInput.Fails(prefix, $"generic read of a {length}-byte prefix", (ref WireReader r) => SpecCodec.Read(ref r));
        }
    }

    [Theory]
    [InlineData("cc ff")]
    [InlineData("cd ffff")]
    [InlineData("ce ffffffff")]
    [InlineData("cf ffffffffffffffff")]
    [InlineData("d0 80")]
    [InlineData("d1 8000")]
    [InlineData("d2 80000000")]
    [InlineData("d3 8000000000000000")]
    [InlineData("ca 3fc00000")]
    [InlineData("cb 3ff8000000000000")]
    [InlineData("a3 616263")]
    [InlineData("d9 02 6162")]
    [InlineData("da 0002 6162")]
    [InlineData("db 00000002 6162")]
    [InlineData("c4 02 0102")]
    [InlineData("c5 0002 0102")]
    [InlineData("c6 00000002 0102")]
    [InlineData("d4 05 01")]
    [InlineData("d5 05 0102")]
    [InlineData("d6 ff 00000001")]
    [InlineData("d7 ff 0000000000000001")]
    [InlineData("d8 05 00000000000000000000000000000000")]
    [InlineData("c7 0c ff 00000000 0000000000000001")]
    [InlineData("c8 0001 05 01")]
    [InlineData("c9 00000001 05 01")]
    [InlineData("92 01 02")]
    [InlineData("dc 0001 01")]
    [InlineData("dd 00000001 01")]
    [InlineData("81 01 02")]
    [InlineData("de 0001 01 02")]
    [InlineData("df 00000001 01 02")]
    public void Every_prefix_of_a_value_fails_every_read_that_accepts_the_whole(string hex)
    {
        var bytes = MsgPack.FromHex(hex);
        Assert.Null(HostileInput.Run(bytes, "generic read", HostileInput.ReadAll));

        for (var length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes.AsSpan(0, length);
            HostileInput.Fails(prefix, "Skip", (ref WireReader r) => r.Skip());
            HostileInput.Fails(prefix, "generic read", (ref WireReader r) => SpecCodec.Read(ref r));
        }
    }

    [Theory]
    [InlineData("d2 0000", "expected int32 (5 bytes), found end of input after 3 bytes at byte 0")]
    [InlineData("", "expected int32, found end of input at byte 0")]
    [InlineData("cb 3ff0", "expected float64 (9 bytes), found end of input after 3 bytes at byte 0")]
    [InlineData("d9", "expected str8 header (2 bytes), found end of input after 1 bytes at byte 0")]
    [InlineData("a5 6162", "string of 5 bytes exceeds the 2 bytes remaining at byte 0")]
    [InlineData("92 01", "array of 2 elements exceeds the 1 bytes remaining at byte 0")]
    [InlineData("82 01 02 03", "map of 2 entries exceeds the 3 bytes remaining at byte 0")]
    [InlineData("d7 ff 0000", "extension of 8 bytes exceeds the 2 bytes remaining at byte 0")]
    [InlineData("d7", "expected extension header (2 bytes), found end of input after 1 bytes at byte 0")]
    public void Truncated_value_reports_what_was_expected_and_how_much_was_left(string hex, string message)
    {
        var ex = HostileInput.Fails(MsgPack.FromHex(hex), "typed read", (ref WireReader r) =>
        {
            switch (hex.Length == 0 ? 0 : MsgPack.FromHex(hex)[0])
            {
                case 0xcb:
                    r.ReadDouble();
                    break;
                case 0xd9 or 0xa5:
                    r.ReadString();
                    break;
                case 0x92:
                    r.ReadArrayHeader();
                    break;
                case 0x82:
                    r.ReadMapHeader();
                    break;
                case 0xd7:
                    r.ReadDateTime();
                    break;
                default:
                    r.ReadInt32();
                    break;
            }
        });

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Truncated_raw_payload_reports_its_length()
    {
        var ex = HostileInput.Fails(MsgPack.FromHex("c7 08 05 010203"), "ReadRaw", (ref WireReader r) =>
        {
            // The header is checked against what remains, so read a header that fits and then too much raw.
            r.ReadRaw(3);
            r.ReadRaw(8);
        });

        Assert.Equal("expected raw bytes (8 bytes), found end of input after 3 bytes at byte 3", ex.Message);
    }
}
