using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0201: DuplicateRoutingKey — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0201DuplicateRoutingKeyTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message] public sealed record OrderPlaced([property: RoutingKey] string Region, [property: {|MSG0201:RoutingKey|}] string Country);

        [Message]
        public sealed class Activity
        {
            [PartitionKey] public string Customer { get; set; } = "";

            [{|MSG0201:PartitionKey|}] public string Account { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Second_routing_key_is_reported_on_its_attribute()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0201").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"more than one [RoutingKey] member ('Region' and 'Country')", System.StringComparison.Ordinal));
    }

    private const string KeyAndHeadersSource = """
        using System;
        using Messaging;

        namespace Ops;

        [Message] public sealed record {|MSG0201:Alert|}(Guid Id, [property: RoutingKey] string Region, [property: RoutingHeader("severity")] string Severity);
        """;

    [Fact]
    public async Task Routing_key_and_routing_headers_on_one_message_are_reported_on_the_message()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(KeyAndHeadersSource)).Where(d => d.Id == "MSG0201").ToList();
        Assert.Single(diagnostics);
        Assert.Contains("has both [RoutingKey] and [RoutingHeader] members", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);

    [Fact]
    public void Generator_stays_silent_on_a_key_and_headers_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(KeyAndHeadersSource);
}
