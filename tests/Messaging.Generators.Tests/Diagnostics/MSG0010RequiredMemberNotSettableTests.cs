using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0010: RequiredMemberNotSettable — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0010RequiredMemberNotSettableTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        internal sealed class Customer
        {
            public required string Name { get; init; }

            internal required string {|MSG0010:Secret|} { get; init; }
        }
        """;

    [Fact]
    public async Task Required_member_generated_code_cannot_set_is_reported_on_its_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0010").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"required member 'Customer.Secret' is not serialized", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
