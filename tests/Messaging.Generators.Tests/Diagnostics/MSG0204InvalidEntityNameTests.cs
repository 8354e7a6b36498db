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

    private const string Names = """
        using Messaging;

        namespace Shop.Contracts;

        [Message({|MSG0204:"amq.orders"|})] public sealed record OrderPlaced(int Id);

        [Message({|MSG0204:"LONG256"|})] public sealed record OrderShipped(int Id);

        [Message("LONG255")] public sealed record OrderPacked(int Id);
        """;

    private static string NamesSource => Names
        .Replace("LONG256", new string('e', 253) + "äb", System.StringComparison.Ordinal)
        .Replace("LONG255", new string('f', 255), System.StringComparison.Ordinal);

    [Fact]
    public async Task Reserved_prefix_and_names_over_255_bytes_of_UTF8_are_reported_on_the_argument()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(NamesSource)).Where(d => d.Id == "MSG0204").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains("starts with 'amq.'", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("is 256 bytes of UTF-8, and AMQP names are at most 255 bytes", diagnostics[1].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_on_reserved_and_long_names_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(NamesSource);

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
