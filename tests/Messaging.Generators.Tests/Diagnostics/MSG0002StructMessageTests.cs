using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0002: StructMessage — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0002StructMessageTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message] public record struct {|MSG0002:Money|}(decimal Amount, string Currency);

        [Message] public sealed record OrderPlaced(int Id, Money Total);
        """;

    [Fact]
    public async Task Struct_message_is_reported_saying_it_gets_no_route()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0002").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"no route, so it cannot be published, sent, requested or handled", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
