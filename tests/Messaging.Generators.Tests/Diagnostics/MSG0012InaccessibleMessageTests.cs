using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0012: InaccessibleMessage — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0012InaccessibleMessageTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        public sealed class Outer
        {
            [Message] private sealed record {|MSG0012:Secret|}(int Id);

            [Message] internal sealed record Visible(int Id);
        }

        file sealed class Hidden
        {
            [Message] public sealed record {|MSG0012:Inner|}(int Id);
        }
        """;

    [Fact]
    public async Task Private_nested_message_is_reported_once_on_its_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0012").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"make it public or internal", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
