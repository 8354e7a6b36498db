using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0017: KeyOnUnserializedMember — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0017KeyOnUnserializedMemberTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Invoice
        {
            [WireKey(0)] public int Number { get; set; }

            [WireKey(1)] public decimal Total { get; set; }

            [{|MSG0017:WireKey(2)|}] internal string Secret { get; set; } = "";

            [{|MSG0017:WireKey(3)|}] public static int Version { get; set; }

            [{|MSG0017:WireKey(4)|}] public decimal Doubled => Total * 2;
        }
        """;

    [Fact]
    public async Task Key_on_members_the_formatter_leaves_out_is_reported_on_the_attribute()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0017").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(
            "'Invoice.Secret' has [WireKey(2)] but is not serialized (it is not public), so index 2 carries nothing; make the member public and settable (or set by the constructor), or remove [WireKey]",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
