using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0208: InvalidQueueName — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0208InvalidQueueNameTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Handlers
        {
            [Handler(Queue = {|MSG0208:"billing/eu"|})] public void Handle(OrderPlaced order) { }
        }
        """;

    // 243 bytes leave room for "_dead-letter"; "größe" is 7 bytes of UTF-8 for 5 characters.
    private const string Names = """
        using System;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId);

        public sealed class Handlers
        {
            [Handler(Queue = {|MSG0208:"amq.billing"|})] public void Reserved(OrderPlaced order) { }

            [Handler(Queue = {|MSG0208:"LONG244"|})] public void TooLong(OrderPlaced order) { }

            [Handler(Queue = "LONG243")] public void LongEnough(OrderPlaced order) { }

            [Handler(Queue = {|MSG0208:"UMLAUT"|})] public void TooLongInBytes(OrderPlaced order) { }

            [Handler(Queue = "bestellungen-größe")] public void NonAscii(OrderPlaced order) { }
        }
        """;

    private static string NamesSource => Names
        .Replace("LONG244", new string('q', 244), System.StringComparison.Ordinal)
        .Replace("LONG243", new string('r', 243), System.StringComparison.Ordinal)
        .Replace("UMLAUT", new string('s', 238) + "größe", System.StringComparison.Ordinal);

    [Fact]
    public async Task Reserved_prefix_and_names_whose_derived_names_pass_255_bytes_of_UTF8_are_reported_on_the_argument()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(NamesSource)).Where(d => d.Id == "MSG0208").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.Contains("starts with 'amq.', which RabbitMQ reserves", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("is 244 bytes of UTF-8", diagnostics[1].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("is 245 bytes of UTF-8", diagnostics[2].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_on_reserved_and_long_names_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(NamesSource);

    [Fact]
    public async Task Queue_name_with_a_slash_is_reported_on_the_argument()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0208").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"billing/eu", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
