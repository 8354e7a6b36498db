using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0215: RetrySettingIgnored — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0215RetrySettingIgnoredTests
{
    private const string Source = """
        using System;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId);

        public sealed class Handlers
        {
            [Handler(Queue = "a"), Retry(5, Kind = RetryKind.Exponential, IntervalMilliseconds = 1000, MaxIntervalMilliseconds = {|MSG0215:200|})]
            public void Capped(OrderPlaced order) { }

            [Handler(Queue = "b"), Retry(3, IntervalMilliseconds = 100, IncrementMilliseconds = {|MSG0215:50|})]
            public void NoIncrement(OrderPlaced order) { }

            [Handler(Queue = "c"), Retry(3, Kind = RetryKind.Incremental, IntervalMilliseconds = 100, MaxIntervalMilliseconds = {|MSG0215:50|})]
            public void NoMaximum(OrderPlaced order) { }

            [Handler(Queue = "d"), Retry(3, Kind = RetryKind.Immediate, IntervalMilliseconds = {|MSG0215:100|})]
            public void Immediate(OrderPlaced order) { }

            [Handler(Queue = "e"), Retry({|MSG0215:0|})]
            public void Never(OrderPlaced order) { }

            [Handler(Queue = "f"), Retry(5, Kind = RetryKind.Exponential, IntervalMilliseconds = 100, MaxIntervalMilliseconds = 5000)]
            public void Fine(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Retry_settings_the_kind_ignores_or_a_maximum_below_the_interval_are_reported_on_the_setting()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0215").ToList();
        Assert.Equal(5, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("has MaxIntervalMilliseconds (200) below IntervalMilliseconds (1000): every wait is capped at 200 ms", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
