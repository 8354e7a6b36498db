using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0011: MemberNotSerialized — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0011MemberNotSerializedTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Reading
        {
            public readonly int {|MSG0011:Precision|} = 2;

            public Reading(double value)
            {
                Value = value;
            }

            public double Value { get; }

            public string {|MSG0011:Unit|} { get; } = "celsius";

            public double Doubled => Value * 2;
        }
        """;

    [Fact]
    public async Task Read_only_member_the_constructor_does_not_set_is_reported_and_computed_ones_are_not()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0011").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"'Reading.Unit' is read-only and not set by the constructor", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
