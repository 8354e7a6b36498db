using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Interop;

public class PythonReadsOurBytesTests
{
    [Fact]
    public void Python_decodes_every_family_we_write_to_the_same_values()
    {
        var cases = InteropCases.All();

        var decoded = PythonMsgpack.Unpack(cases.Select(c => SpecCodec.Write(c.Spec)));

        Assert.Equal(cases.Count, decoded.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            SpecAssert.Same(cases[i].Label, Spec.AsDecodedByPython(cases[i].Spec), decoded[i]);
        }
    }

    [Fact]
    public void Python_decodes_every_family_nested_in_one_document()
    {
        var cases = InteropCases.Small();
        var document = Spec.Array([.. cases.Select(c => c.Spec.DeepClone())]);

        var decoded = PythonMsgpack.Unpack([SpecCodec.Write(document)]).Single();

        var items = decoded[1]!.AsArray();
        Assert.Equal(cases.Count, items.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            SpecAssert.Same(cases[i].Label, Spec.AsDecodedByPython(cases[i].Spec), items[i]!);
        }
    }

    [Fact]
    public void Python_decodes_our_timestamps_to_the_same_datetimes()
    {
        var instants = InteropCases.Timestamps().Select(c => (c.Label, Utc: ToDateTime(c.Spec))).ToList();

        var decoded = PythonMsgpack.Unpack(instants.Select(i => MsgPack.Write((ref WireWriter w) => w.Write(i.Utc))), timestamp: 3);

        for (var i = 0; i < instants.Count; i++)
        {
            // Python's datetime has microseconds; msgpack truncates the nanoseconds to them.
            var utc = instants[i].Utc;
            var micro = new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
            var expected = micro.Ticks % TimeSpan.TicksPerSecond == 0
                ? micro.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                : micro.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
            SpecAssert.Same(instants[i].Label, new JsonArray("datetime", expected + "+00:00"), decoded[i]);
        }
    }

    [Fact]
    public void Python_sees_decimal_and_guid_as_strings_and_char_and_timespan_as_integers()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var bytes = MsgPack.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(7);
            w.Write(12.50m);
            w.Write(decimal.MinValue);
            w.Write(0.0000000000000000000000000001m);
            w.Write(guid);
            w.Write('é');
            w.Write(TimeSpan.FromMinutes(90));
            w.Write(new DateTimeOffset(2024, 5, 6, 9, 38, 9, TimeSpan.FromHours(2.5)));
        });

        var decoded = PythonMsgpack.Unpack([bytes]).Single();

        SpecAssert.Same("decimal, Guid, char, TimeSpan, DateTimeOffset", Spec.Array(
            Spec.Str("12.50"),
            Spec.Str("-79228162514264337593543950335"),
            Spec.Str("0.0000000000000000000000000001"),
            Spec.Str("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Spec.Int(0xe9),
            Spec.Int(54_000_000_000),
            Spec.Timestamp(1714979289, 0)), decoded);
    }

    private static DateTime ToDateTime(JsonNode timestampSpec) => Spec.FromUnix(
        long.Parse(timestampSpec[1]!.GetValue<string>(), CultureInfo.InvariantCulture),
        timestampSpec[2]!.GetValue<uint>());
}
