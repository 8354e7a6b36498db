using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0009: NoUsableConstructor — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0009NoUsableConstructorTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class {|MSG0009:Token|}
        {
            public Token(string value, int extra)
            {
                Value = value + extra;
            }

            public string Value { get; }
        }
        """;

    [Fact]
    public async Task Message_without_a_constructor_the_reader_can_call_is_reported_on_its_name()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0009").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"no accessible constructor whose parameters all match serialized members", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
