using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0204: InvalidEntityName — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0204InvalidEntityNameTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message({|MSG0204:"shop orders"|})] public sealed record OrderPlaced(int Id);
        """;

    [Fact]
    public async Task Entity_name_with_a_space_is_reported_on_the_argument()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0204").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"shop orders", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
