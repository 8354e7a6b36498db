using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0213: QueueNameIsEntityName — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0213QueueNameIsEntityNameTests
{
    private const string Source = """
        using System;
        using Messaging;

        namespace Shop;

        [Message("billing")] public sealed record InvoiceDue(Guid InvoiceId);

        [Message("stock_error")] public sealed record StockAlarm(Guid Id);

        [Message] public sealed record OrderPlaced(Guid OrderId);

        [Message] public sealed record ItemReserved(Guid ItemId);

        public sealed class Handlers
        {
            [Handler(Queue = {|MSG0213:"billing"|})] public void Bill(OrderPlaced order) { }

            [Handler(Queue = {|MSG0213:"stock"|})] public void Reserve(ItemReserved item) { }

            [Handler(Queue = "invoices")] public void Due(InvoiceDue due) { }
        }
        """;

    [Fact]
    public async Task Queue_named_like_a_message_exchange_or_whose_error_queue_is_is_reported_on_the_queue()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0213").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.StartsWith("The queue \"billing\" of 'Handlers.Bill' is the entity name of 'InvoiceDue'", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.StartsWith("The queue \"stock\" of 'Handlers.Reserve' has an _error queue named the entity name of 'StockAlarm'", diagnostics[1].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
