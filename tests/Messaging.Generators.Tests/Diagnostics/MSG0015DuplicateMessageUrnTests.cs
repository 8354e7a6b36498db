using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0015: DuplicateMessageUrn — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0015DuplicateMessageUrnTests
{
    private const string Source = """
        using MassTransit;
        using Messaging;

        namespace Shop.Contracts;

        [Message, {|MSG0015:MessageUrn("Shop:Order")|}] public sealed record OrderPlaced(int Id);

        [Message, {|MSG0015:MessageUrn("shop:ORDER")|}] public sealed record OrderShipped(int Id);

        [Message, MessageUrn("Shop:Return")] public sealed record OrderReturned(int Id);
        """;

    private const string Default = """
        using MassTransit;
        using Messaging;

        namespace Shop.Contracts
        {
            [Message("shop.placed")] public sealed record {|MSG0015:OrderPlaced|}(int Id);
        }

        namespace Shop.Legacy
        {
            [Message, {|MSG0015:MessageUrn("Shop.Contracts:OrderPlaced")|}] public sealed record Placed(int Id);
        }
        """;

    [Fact]
    public async Task Two_messages_whose_urns_differ_only_in_case_are_both_reported_on_their_MessageUrn()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0015").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("the same message URN 'urn:message:Shop:Order'", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_MessageUrn_equal_to_another_types_default_urn_is_reported_on_both()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Default)).Where(d => d.Id == "MSG0015").ToList();
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
