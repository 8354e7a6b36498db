using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0113: InvalidHandlerSetting — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0113InvalidHandlerSettingTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Handlers
        {
            [Handler(PrefetchCount = {|MSG0113:-1|}, ConcurrencyLimit = {|MSG0113:-2|})] public void Handle(OrderPlaced order) { }
        }
        """;

    private const string OutOfRange = """
        using System;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId);

        public sealed class Handlers
        {
            [Handler(Queue = "a", PrefetchCount = {|MSG0113:70000|})] public void Handle(OrderPlaced order) { }

            [Handler(Queue = "b", PrefetchCount = 65535, MessageTimeToLiveMilliseconds = {|MSG0113:-1|})] public void Expire(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Prefetch_count_beyond_AMQPs_16_bits_and_a_negative_time_to_live_are_reported_on_their_arguments()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(OutOfRange)).Where(d => d.Id == "MSG0113").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains("is 70000, more than AMQP can carry: basic.qos holds a prefetch count in 16 bits (at most 65535)", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_on_out_of_range_settings_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(OutOfRange);

    [Fact]
    public async Task Negative_prefetch_and_concurrency_are_reported_on_their_arguments()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0113").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"setting PrefetchCount of 'Handlers.Handle' is negative", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
