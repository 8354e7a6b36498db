using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0101: HandlerParameterNotMessage — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0101HandlerParameterNotMessageTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Order
        {
            public int Id { get; set; }
        }

        public sealed class Handlers
        {
            [Handler] public void Handle({|MSG0101:Order|} order) { }

            [Handler] public void {|MSG0101:Ping|}() { }

            [Handler] public void Valid(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Handler_of_a_type_without_Message_or_without_parameters_is_reported()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0101").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"add [Message] to the type", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
