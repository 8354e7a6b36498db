using System.Linq;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Interop;

public class SameBytesAsPythonTests
{
    // Both sides pick the smallest encoding, so for the same values the bytes must match exactly. Floats
    // are compared too: the specs carry exact IEEE bits and Python packs a float32 with use_single_float.
    [Fact]
    public void Our_writer_and_Python_packb_produce_identical_bytes_for_every_family()
    {
        var cases = InteropCases.All();

        var python = InteropCases.PackedByPython();

        Assert.Equal(cases.Count, python.Count);
        var mismatches = cases
            .Select((c, i) => (c.Label, Ours: MsgPack.ToHex(SpecCodec.Write(c.Spec)), Theirs: MsgPack.ToHex(python[i])))
            .Where(x => x.Ours != x.Theirs)
            .Select(x => $"{x.Label}: ours {Shorten(x.Ours)}, Python {Shorten(x.Theirs)}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static string Shorten(string hex) => hex.Length <= 80 ? hex : hex[..80] + "…";
}
