using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0007: InvalidKey — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0007InvalidKeyTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Price
        {
            [WireKey({|MSG0007:-1|})] public decimal Amount { get; set; }

            [WireKey(0)] public string Currency { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Negative_index_is_reported_on_its_key_argument()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0007").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"non-negative constant", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
