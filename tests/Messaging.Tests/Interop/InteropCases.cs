using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Messaging.Tests.Infrastructure;

namespace Messaging.Tests.Interop;

/// <summary>
/// Values of every MessagePack family at their encoding boundaries, as <see cref="Spec"/>s, shared by the three
/// directions of the Python interop tests.
/// </summary>
/// <remarks>
/// Built once and shared, as is Python's encoding of them: the collections of 65,536 elements make these the
/// slowest values of the suite to describe. Tests must not modify the specs; to nest one elsewhere, clone it.
/// </remarks>
public static class InteropCases
{
    /// <summary>Collections at least this long are left out of <see cref="Small"/>.</summary>
    private const int LargeCount = 65536;

    private static readonly DateTime s_sample = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    private static readonly Lazy<IReadOnlyList<(string Label, JsonNode Spec)>> s_all = new(() =>
    [
        .. Integers(), .. Floats(), .. Strings(), .. Binaries(), .. Arrays(), .. Maps(), .. Extensions(), .. Timestamps(),
        ("nil", Spec.Nil()),
        ("true", Spec.Bool(true)),
        ("false", Spec.Bool(false)),
    ]);

    private static readonly Lazy<IReadOnlyList<byte[]>> s_packedByPython = new(() => PythonMsgpack.Pack(All().Select(c => c.Spec)));

    /// <summary>Every case.</summary>
    public static IReadOnlyList<(string Label, JsonNode Spec)> All() => s_all.Value;

    /// <summary>The cases without the large collections, cheap enough to repeat inside other documents.</summary>
    public static IReadOnlyList<(string Label, JsonNode Spec)> Small() =>
        [.. All().Where(c => Spec.Kind(c.Spec) is not ("array" or "map") || c.Spec[1]!.AsArray().Count < LargeCount)];

    /// <summary>Python's <c>msgpack.packb</c> of each of <see cref="All"/>, in order.</summary>
    public static IReadOnlyList<byte[]> PackedByPython() => s_packedByPython.Value;

    public static IEnumerable<(string Label, JsonNode Spec)> Integers()
    {
        ulong[] unsigned = [0, 1, 127, 128, 255, 256, 65535, 65536, uint.MaxValue, (ulong)uint.MaxValue + 1, long.MaxValue, (ulong)long.MaxValue + 1, ulong.MaxValue];
        long[] negative = [-1, -32, -33, -128, -129, -32768, -32769, int.MinValue, int.MinValue - 1L, long.MinValue];
        return unsigned.Select(v => ($"int {v}", (JsonNode)Spec.UInt(v)))
            .Concat(negative.Select(v => ($"int {v}", (JsonNode)Spec.Int(v))));
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Floats()
    {
        double[] doubles = [0.0, -0.0, 1.5, 0.1, -1e300, double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN];
        float[] singles = [0f, -0f, 1.5f, 0.1f, float.Epsilon, float.MaxValue, float.PositiveInfinity, float.NegativeInfinity, float.NaN];
        return doubles.Select(v => ($"float64 {v:R}", (JsonNode)Spec.Float64(v)))
            .Concat(singles.Select(v => ($"float32 {v:R}", (JsonNode)Spec.Float32(v))));
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Strings()
    {
        foreach (var length in new[] { 0, 1, 31, 32, 255, 256, 65535, 65536, 71680 })
        {
            yield return ($"str of {length} ASCII bytes", Spec.Str(new string('s', length)));
        }

        yield return ("str of 65535 bytes of 3-byte characters", Spec.Str(new string('€', 21845)));
        yield return ("str of 65536 bytes of emoji", Spec.Str(string.Concat(Enumerable.Repeat("😀", 16384))));
        yield return ("str mixing scripts", Spec.Str("héllo wörld, 日本語, Ελληνικά, עברית"));
        yield return ("str with surrogate pairs", Spec.Str("a😀b🎉c𝄞"));
        yield return ("str with control characters", Spec.Str("\0\t\n\u001f\u007f"));
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Binaries()
    {
        foreach (var length in new[] { 0, 1, 255, 256, 65535, 65536 })
        {
            yield return ($"bin of {length} bytes", Spec.Bin([.. Enumerable.Range(0, length).Select(i => (byte)(i * 31))]));
        }
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Arrays()
    {
        // array16's upper edge (65535) is left to the format tests: each of these costs ~0.5 s to describe.
        foreach (var count in new[] { 0, 1, 15, 16, LargeCount })
        {
            yield return ($"array of {count}", Spec.Array([.. Enumerable.Range(0, count).Select(i => (JsonNode)Spec.Int(i % 200 - 60))]));
        }

        yield return ("array of mixed values", Spec.Array(Spec.Int(1), Spec.Str("a"), Spec.Nil(), Spec.Bool(true), Spec.Float64(2.5), Spec.Bin([1, 2])));
        yield return ("nested arrays and maps", Spec.Array(
            Spec.Array(Spec.Array()),
            Spec.Map((Spec.Str("k"), Spec.Array(Spec.Int(1), Spec.Map((Spec.Str("x"), Spec.Nil()))))),
            Spec.Array(Spec.Timestamp(s_sample), Spec.Ext(7, [1, 2, 3]))));
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Maps()
    {
        foreach (var count in new[] { 0, 1, 15, 16, LargeCount })
        {
            yield return ($"map of {count}", Spec.Map([.. Enumerable.Range(0, count).Select(i => ((JsonNode)Spec.Int(i), (JsonNode)Spec.Str($"v{i % 10}")))]));
        }

        yield return ("map with keys of several types", Spec.Map(
            (Spec.Str("name"), Spec.Str("value")),
            (Spec.Int(-5), Spec.Bool(false)),
            (Spec.Nil(), Spec.Int(0)),
            (Spec.Bin([0xff]), Spec.Array())));
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Extensions()
    {
        // Python's ExtType only holds codes 0..127; negative codes are reserved by the specification anyway.
        foreach (var length in new[] { 1, 2, 4, 8, 16, 0, 3, 255, 256, 65535, 65536 })
        {
            yield return ($"ext of {length} bytes", Spec.Ext((sbyte)(length % 128), [.. Enumerable.Range(0, length).Select(i => (byte)(i + 1))]));
        }

        yield return ("ext with code 127", Spec.Ext(127, [9]));
    }

    public static IEnumerable<(string Label, JsonNode Spec)> Timestamps()
    {
        (string, DateTime)[] instants =
        [
            ("32-bit: the epoch", DateTime.UnixEpoch),
            ("32-bit: whole seconds in 2024", s_sample),
            ("32-bit: the last second of 2106", DateTime.UnixEpoch.AddSeconds(uint.MaxValue)),
            ("64-bit: one tick after the epoch", DateTime.UnixEpoch.AddTicks(1)),
            ("64-bit: sub-second in 2024", s_sample.AddTicks(1_234_567)),
            ("64-bit: the first second after 2106", DateTime.UnixEpoch.AddSeconds(uint.MaxValue + 1L)),
            ("64-bit: the last tick before 2514", DateTime.UnixEpoch.AddSeconds((1L << 34) - 1).AddTicks(9_999_999)),
            ("96-bit: 2514", DateTime.UnixEpoch.AddSeconds(1L << 34)),
            ("96-bit: one second before the epoch", DateTime.UnixEpoch.AddSeconds(-1)),
            ("96-bit: half a second before the epoch", DateTime.UnixEpoch.AddMilliseconds(-500)),
            ("96-bit: 1900", new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1)),
            ("96-bit: DateTime.MinValue", DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)),
            ("96-bit: DateTime.MaxValue", DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)),
        ];
        return instants.Select(i => ($"timestamp {i.Item1}", (JsonNode)Spec.Timestamp(i.Item2)));
    }
}
