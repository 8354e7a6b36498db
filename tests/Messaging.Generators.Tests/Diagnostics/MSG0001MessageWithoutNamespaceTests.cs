using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0001: MessageWithoutNamespace — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0001MessageWithoutNamespaceTests
{
    private const string Source = """
        using Messaging;

        [Message] public sealed record {|MSG0001:OrderPlaced|}(int Id);

        namespace Shop.Contracts
        {
            [Message] public sealed record OrderShipped(int Id);
        }
        """;

    [Fact]
    public async Task Message_class_in_the_global_namespace_is_reported_on_its_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0001").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"declare it in a namespace", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
