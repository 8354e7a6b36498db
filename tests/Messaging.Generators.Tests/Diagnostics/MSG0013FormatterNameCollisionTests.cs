using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0013: FormatterNameCollision — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0013FormatterNameCollisionTests
{
    private const string Source = """
        using Messaging;

        namespace A
        {
            [Message] public sealed record {|MSG0013:B_C|}(int Value);
        }

        namespace A_B
        {
            [Message] public sealed record {|MSG0013:C|}(int Value);
        }
        """;

    [Fact]
    public async Task Messages_whose_formatter_names_collide_are_both_reported()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0013").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"same generated formatter name 'A_B_CFormatter'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
