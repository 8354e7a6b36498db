using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0114: ConsumerNameCollision — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0114ConsumerNameCollisionTests
{
    private const string Source = """
        using Messaging;
        using Shop;

        namespace Shop
        {
            [Message] public sealed record OrderPlaced(int Id);
        }

        namespace A
        {
            public sealed class B_C
            {
                [Handler] public void {|MSG0114:Handle|}(OrderPlaced order) { }
            }
        }

        namespace A_B
        {
            public sealed class C
            {
                [Handler] public void {|MSG0114:Handle|}(OrderPlaced order) { }
            }
        }
        """;

    [Fact]
    public async Task Handlers_whose_consumer_names_collide_are_both_reported()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0114").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"same generated consumer 'A_B_C_HandleConsumer'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
