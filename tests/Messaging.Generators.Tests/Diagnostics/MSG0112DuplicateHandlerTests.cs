using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0112: DuplicateHandler — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0112DuplicateHandlerTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Billing
        {
            [Handler(Queue = "billing")] public void {|MSG0112:Handle|}(OrderPlaced order) { }
        }

        public sealed class Audit
        {
            [Handler(Queue = "billing")] public void {|MSG0112:Handle|}(OrderPlaced order) { }

            [Handler(Queue = "audit")] public void Record(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Two_handlers_of_one_message_on_one_queue_are_both_reported()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0112").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"both handle 'OrderPlaced' on queue 'billing'", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handlers_binding_different_patterns_on_one_queue_are_not_reported_but_the_same_pattern_is()
    {
        const string source = """
            using System;
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

            public sealed class Regions
            {
                [Handler(Queue = "regions", Binding = "us.east")] public void East(OrderPlaced order) { }

                [Handler(Queue = "regions", Binding = "ap.#")] public void Asia(OrderPlaced order) { }

                [Handler(Queue = "regions", Binding = "eu.*")] public void {|MSG0112:Europe|}(OrderPlaced order) { }

                [Handler(Queue = "regions", Binding = "eu.*")] public void {|MSG0112:EuropeAudit|}(OrderPlaced order) { }
            }
            """;

        var diagnostics = (await AnalyzerHarness.VerifyAsync(source)).Where(d => d.Id == "MSG0112").ToList();
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
