using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0206: BindingWithoutRoutingKey — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0206BindingWithoutRoutingKeyTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        [Message] public sealed record Ping(int Id);

        public sealed class Handlers
        {
            [Handler(Binding = {|MSG0206:"eu.*"|})] public void Handle(Ping ping) { }

            [Handler(Binding = "eu.*")] public void Order(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Binding_on_a_message_without_a_routing_key_is_reported_on_the_pattern()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0206").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"'Ping' has no [RoutingKey]", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
