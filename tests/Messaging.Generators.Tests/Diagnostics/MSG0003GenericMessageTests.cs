using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0003: GenericMessage — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0003GenericMessageTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message] public sealed record {|MSG0003:Envelope|}<T>(T Value);

        public static class Outer<T>
        {
            [Message] public sealed record {|MSG0003:Inner|}(int Value);
        }
        """;

    [Fact]
    public async Task Generic_message_is_reported_on_its_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0003").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"non-generic", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
