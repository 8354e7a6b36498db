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

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
