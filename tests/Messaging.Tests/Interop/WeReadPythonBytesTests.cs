using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Interop;

public class WeReadPythonBytesTests
{
    [Fact]
    public void We_read_every_family_Python_writes_to_the_same_values()
    {
        var cases = InteropCases.All();

        var packed = InteropCases.PackedByPython();

        Assert.Equal(cases.Count, packed.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var read = HostileInput.Run(packed[i], cases[i].Label, (ref WireReader r) =>
            {
                var value = SpecCodec.Read(ref r);
                Assert.True(r.End, $"{cases[i].Label}: {r.Remaining} bytes left over");
                SpecAssert.Same(cases[i].Label, cases[i].Spec, value);
            });
            Assert.Null(read);
        }
    }

    [Fact]
    public void We_read_Python_datetimes_as_the_same_utc_instants()
    {
        (string Iso, DateTime Utc)[] datetimes =
        [
            ("2024-05-06T07:08:09+00:00", new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc)),
            ("2024-05-06T07:08:09.123456+00:00", new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1_234_560)),
            ("2024-05-06T09:38:09+02:30", new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc)),
            ("2106-02-07T06:28:16+00:00", DateTime.UnixEpoch.AddSeconds(uint.MaxValue + 1L)),
            ("1969-12-31T23:59:59.500000+00:00", DateTime.UnixEpoch.AddMilliseconds(-500)),
            ("2600-01-01T00:00:00+00:00", new DateTime(2600, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            ("0001-01-01T00:00:00+00:00", DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)),
            ("9999-12-31T23:59:59.999999+00:00", DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc).AddTicks(-9)),
        ];

        var packed = PythonMsgpack.Pack(datetimes.Select(d => (JsonNode)new JsonArray("datetime", d.Iso)));

        for (var i = 0; i < datetimes.Length; i++)
        {
            var read = MsgPack.Read(packed[i], (ref WireReader r) => r.ReadDateTime());
            Assert.Equal(datetimes[i].Utc, read);
            Assert.Equal(DateTimeKind.Utc, read.Kind);
        }
    }

    [Fact]
    public void We_read_Python_values_with_the_typed_reads_our_formatters_use()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        JsonNode[] values =
        [
            Spec.Int(200), Spec.Int(-100), Spec.Int(65535), Spec.Int(-32768), Spec.Int(4_000_000_000), Spec.Int(int.MinValue),
            Spec.Float64(1.5), Spec.Float32(0.25f), Spec.Int(3),
            Spec.Str("12.50"), Spec.Int(7), Spec.Float64(0.5),
            Spec.Str("0f8fad5b-d9cb-469f-a165-70867728950e"), Spec.Str("0f8fad5bd9cb469fa16570867728950e"), Spec.Bin(guid.ToByteArray(bigEndian: true)),
            Spec.Int('é'), Spec.Int(54_000_000_000), Spec.Bin([1, 2, 3]), Spec.Str("Grüße 😀"),
        ];

        var packed = PythonMsgpack.Pack(values);

        var all = packed.SelectMany(p => p).ToArray();
        var reader = new WireReader(all);
        Assert.Equal((byte)200, reader.ReadByte());
        Assert.Equal((sbyte)-100, reader.ReadSByte());
        Assert.Equal((ushort)65535, reader.ReadUInt16());
        Assert.Equal((short)-32768, reader.ReadInt16());
        Assert.Equal(4_000_000_000u, reader.ReadUInt32());
        Assert.Equal(int.MinValue, reader.ReadInt32());
        Assert.Equal(1.5f, reader.ReadSingle());
        Assert.Equal(0.25, reader.ReadDouble());
        Assert.Equal(3.0, reader.ReadDouble());
        var total = reader.ReadDecimal();
        Assert.Equal("12.50", total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(7m, reader.ReadDecimal());
        Assert.Equal(0.5m, reader.ReadDecimal());
        Assert.Equal(guid, reader.ReadGuid());
        Assert.Equal(guid, reader.ReadGuid());
        Assert.Equal(guid, reader.ReadGuid());
        Assert.Equal('é', reader.ReadChar());
        Assert.Equal(TimeSpan.FromMinutes(90), reader.ReadTimeSpan());
        Assert.Equal([1, 2, 3], reader.ReadBytes());
        Assert.Equal("Grüße 😀", reader.ReadString());
        Assert.True(reader.End);
    }
}
