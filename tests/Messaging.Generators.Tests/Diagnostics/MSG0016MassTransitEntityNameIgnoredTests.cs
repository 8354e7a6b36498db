using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0016: MassTransitEntityNameIgnored — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0016MassTransitEntityNameIgnoredTests
{
    private const string Source = """
        using MassTransit;
        using Messaging;

        namespace Shop.Contracts;

        [EntityName("shop-orders"), {|MSG0016:Message("shop.orders")|}] public sealed record OrderPlaced(int Id);

        [EntityName("shop-shipments"), {|MSG0016:Message|}] public sealed record OrderShipped(int Id);

        [MessageUrn("Shop:Returned"), {|MSG0016:Message("shop.returns")|}] public sealed record OrderReturned(int Id);

        // Agreeing names, or MassTransit attributes that leave the name alone, are fine.
        [EntityName("shop.invoices"), Message("shop.invoices")] public sealed record InvoiceCreated(int Id);

        [MessageUrn("Shop:Refunded"), Message] public sealed record OrderRefunded(int Id);
        """;

    [Fact]
    public async Task Message_name_that_differs_from_the_MassTransit_name_is_reported_on_Message()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0016").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(
            "'OrderPlaced' keeps MassTransit's [EntityName], so MassTransit services that share it publish to and bind 'shop-orders', but Messaging uses 'shop.orders' from [Message]; the two never meet. Give [Message] the name 'shop-orders', or remove [EntityName] once no MassTransit peer relies on it.",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("'Shop.Contracts:OrderReturned'", diagnostics[2].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
