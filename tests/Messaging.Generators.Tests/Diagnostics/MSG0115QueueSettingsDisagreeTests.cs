using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0115: QueueSettingsDisagree — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0115QueueSettingsDisagreeTests
{
    private const string Source = """
        using System;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId);

        [Message] public sealed record OrderCancelled(Guid OrderId);

        [Message] public sealed record OrderShipped(Guid OrderId);

        public sealed class Billing
        {
            [Handler(Queue = "billing", QuorumQueue = true)] public void Placed(OrderPlaced order) { }

            [Handler(Queue = "billing")] public void {|MSG0115:Cancelled|}(OrderCancelled order) { }
        }

        public sealed class Shipping
        {
            [Handler(Queue = "shipping", MessageTimeToLiveMilliseconds = 30000)] public void Placed(OrderPlaced order) { }

            [Handler(Queue = "shipping")] public void {|MSG0115:Cancelled|}(OrderCancelled order) { }

            [Handler(Queue = "shipping", MessageTimeToLiveMilliseconds = 60000)] public void {|MSG0115:Shipped|}(OrderShipped order) { }
        }

        public sealed class Audit
        {
            [Handler(Queue = "audit", QuorumQueue = true, MessageTimeToLiveMilliseconds = 5000)] public void Placed(OrderPlaced order) { }

            [Handler(Queue = "audit", QuorumQueue = true, MessageTimeToLiveMilliseconds = 5000)] public void Cancelled(OrderCancelled order) { }
        }
        """;

    [Fact]
    public async Task Handlers_that_inherit_a_quorum_queue_or_a_shorter_ttl_from_their_queue_are_reported()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0115").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var messages = diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(messages, m => m.StartsWith("Handlers of queue 'billing' disagree on QuorumQueue: the queue is declared once, with QuorumQueue = true, so 'Billing.Cancelled' gets it too", System.StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("with MessageTimeToLiveMilliseconds = 30000, so 'Shipping.Cancelled'", System.StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("with MessageTimeToLiveMilliseconds = 30000, so 'Shipping.Shipped'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
