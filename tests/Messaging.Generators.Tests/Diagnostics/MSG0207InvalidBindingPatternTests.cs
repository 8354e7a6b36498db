using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0207: InvalidBindingPattern — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0207InvalidBindingPatternTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Handlers
        {
            [Handler(Queue = "a", Binding = {|MSG0207:"eu*"|})] public void Handle(OrderPlaced order) { }

            [Handler(Queue = "b", Binding = {|MSG0207:""|})] public void Audit(OrderPlaced order) { }

            [Handler(Queue = "c", Binding = "#.eu.*")] public void Valid(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Patterns_with_wildcards_inside_words_or_empty_are_reported_on_the_pattern()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0207").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"the word 'eu*'", System.StringComparison.Ordinal));
    }

    private const string HeadersSource = """
        using System;
        using Messaging;

        namespace Ops;

        [Message] public sealed record Alert(Guid Id, [property: RoutingHeader("region")] string Region, [property: RoutingHeader("severity")] string Severity);

        public sealed class Handlers
        {
            [Handler(Queue = "a", Binding = "region=eu, severity=High")] public void All(Alert alert) { }

            [Handler(Queue = "b", Binding = "any: region=ap, severity=High")] public void Any(Alert alert) { }

            [Handler(Queue = "c", Binding = {|MSG0207:"region=eu, tier=gold"|})] public void UnknownHeader(Alert alert) { }

            [Handler(Queue = "d", Binding = {|MSG0207:"region"|})] public void NotAPair(Alert alert) { }

            [Handler(Queue = "e", Binding = {|MSG0207:"x-match=all"|})] public void Reserved(Alert alert) { }
        }
        """;

    [Fact]
    public async Task Headers_bindings_are_checked_as_name_value_pairs_of_headers_the_message_carries()
    {
        // Valid headers bindings are neither topic-pattern errors (MSG0207) nor bindings without a routing key (MSG0206).
        var diagnostics = (await AnalyzerHarness.VerifyAsync(HeadersSource)).Where(d => d.Id == "MSG0207").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("names the header 'tier', which the message does not carry", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"has ""region"", which is not name=value", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);

    [Fact]
    public void Generator_stays_silent_on_invalid_headers_bindings_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(HeadersSource);
}
