using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0107: RefParameter — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0107RefParameterTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Handlers
        {
            [Handler(Queue = "a")] public void Handle(OrderPlaced order, {|MSG0107:ref|} int count) { }

            [Handler(Queue = "b")] public void Audit(OrderPlaced order, {|MSG0107:out|} string note) => note = "";
        }
        """;

    [Fact]
    public async Task Ref_and_out_parameters_are_reported_on_their_modifiers()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0107").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"Parameter 'count' of handler 'Handlers.Handle'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
