using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0209: InvalidRetry — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0209InvalidRetryTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Handlers
        {
            [Handler(Queue = "a")]
            [Retry({|MSG0209:-1|})]
            public void Handle(OrderPlaced order) { }

            [Handler(Queue = "b")]
            [Retry(3, IntervalMilliseconds = {|MSG0209:-5|}, Kind = {|MSG0209:(RetryKind)7|})]
            public void Audit(OrderPlaced order) { }

            [Handler(Queue = "c")]
            [Retry(3, Ignore = {|MSG0209:[typeof(string)]|})]
            public void Ship(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Each_invalid_retry_argument_is_reported_on_itself()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0209").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"has a negative count (-1)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
