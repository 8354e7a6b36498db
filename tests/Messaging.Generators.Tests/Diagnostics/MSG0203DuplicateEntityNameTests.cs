using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0203: DuplicateEntityName — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0203DuplicateEntityNameTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message({|MSG0203:"shop.orders"|})] public sealed record OrderPlaced(int Id);

        [Message({|MSG0203:"shop.orders"|})] public sealed record OrderShipped(int Id);

        [Message("shop.returns")] public sealed record OrderReturned(int Id);
        """;

    [Fact]
    public async Task Messages_with_one_entity_name_are_both_reported_on_the_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0203").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"same entity name 'shop.orders'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
