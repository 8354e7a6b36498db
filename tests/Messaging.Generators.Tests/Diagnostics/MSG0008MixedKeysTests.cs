using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0008: MixedKeys — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0008MixedKeysTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Price
        {
            [WireKey(0)] public decimal Amount { get; set; }

            public string {|MSG0008:Currency|} { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Member_without_a_key_among_keyed_members_is_reported_on_its_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0008").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"give every serialized member a [WireKey], or remove them all", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
