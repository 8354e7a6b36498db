using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0205: InvalidMessageUrn — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0205InvalidMessageUrnTests
{
    private const string Source = """
        using MassTransit;
        using Messaging;

        namespace Shop.Contracts;

        [Message, {|MSG0205:MessageUrn("urn:message:Shop:Order")|}] public sealed record OrderPlaced(int Id);

        [Message, MessageUrn("Shop:Shipped")] public sealed record OrderShipped(int Id);
        """;

    [Fact]
    public async Task MessageUrn_with_the_urn_prefix_is_reported_on_the_attribute()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0205").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"without the 'urn:message:' prefix", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
