using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0210: PartitionCountAmbiguous — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0210PartitionCountAmbiguousTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        [Message] public sealed record Activity([property: PartitionKey] string Customer, int Sequence);

        [Message] public sealed record Tick(int Sequence);

        public sealed class Ledger
        {
            [Handler(Queue = "ledger", ConcurrencyLimit = {|MSG0210:4|})] public void Handle(Activity activity) { }
        }

        public sealed class Clock
        {
            [Handler(Queue = "ledger")] public void Handle(Tick tick) { }

            [Handler(Queue = "clock", ConcurrencyLimit = 2)] public void Count(Tick tick) { }
        }
        """;

    [Fact]
    public async Task Handlers_of_a_partitioned_queue_with_different_limits_are_reported_on_their_limit()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0210").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"set ConcurrencyLimit 0, 4", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
