using System.Linq;
using Messaging.Generators.Model;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>Edits to handlers re-run only what they affect.</summary>
public sealed class HandlerCachingTests
{
    private const string ContractsSource = """
        using System;
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record OrderPlaced(Guid OrderId, decimal Total);

        [Message]
        public sealed record OrderCancelled(Guid OrderId);
        """;

    private const string BillingSource = """
        using System.Threading.Tasks;
        using Messaging;
        using Shop.Contracts;

        namespace Shop.Billing;

        public interface ILedger
        {
            Task RecordAsync(decimal amount);
        }

        public sealed class BillingHandlers(ILedger ledger)
        {
            [Handler(Queue = "billing")]
            public async Task Handle(OrderPlaced order)
            {
                var amount = order.Total;
                await ledger.RecordAsync(amount);
            }
        }
        """;

    private const string ShippingSource = """
        using Messaging;
        using Shop.Contracts;

        namespace Shop.Shipping;

        public static class ShippingHandlers
        {
            [Handler(Queue = "shipping")]
            public static void Handle(OrderCancelled order)
            {
            }
        }
        """;

    private const string Same = "Cached or Unchanged";

    private const string Modified = nameof(IncrementalStepRunReason.Modified);

    [Fact]
    public void Editing_an_unrelated_statement_of_a_handler_body_leaves_every_step_cached()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([ContractsSource, BillingSource, ShippingSource]));

        var rerun = Replace(run, 1, BillingSource.Replace("var amount = order.Total;", "var amount = order.Total * 1;"));

        GeneratorHarness.AssertAllStepsCachedOrUnchanged(rerun, namedStepsOnly: true);
    }

    [Fact]
    public void Changing_a_handler_attribute_modifies_its_step_and_the_registration_but_not_its_consumer()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([ContractsSource, BillingSource, ShippingSource]));

        var rerun = Replace(run, 1, BillingSource.Replace("[Handler(Queue = \"billing\")]", "[Handler(Queue = \"billing\", PrefetchCount = 8)]\n    [Retry(3)]"));

        Assert.Equal(
            [("Shop_Billing_BillingHandlers_HandleConsumer", Modified), ("Shop_Shipping_ShippingHandlers_HandleConsumer", Same)],
            Reasons(rerun, TrackingNames.HandlerMethods, value => ((HandlerSpec)value).Consumer.ConsumerName));
        Assert.Equal([Same], Reasons(rerun, TrackingNames.HandlerSet));
        Assert.All(Reasons(rerun, TrackingNames.Consumers), reason => Assert.Equal(Same, reason));
        Assert.Equal([Modified], Reasons(rerun, TrackingNames.Registration));
        Assert.Contains("PrefetchCount = 8,", rerun.Source("Tests.Contracts.Messaging.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_handler_signature_re_emits_its_consumer_only()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([ContractsSource, BillingSource, ShippingSource]));

        var rerun = Replace(run, 2, ShippingSource.Replace("Handle(OrderCancelled order)", "Handle(OrderCancelled order, System.Threading.CancellationToken ct)"));

        Assert.Equal(
            [("Shop_Billing_BillingHandlers_HandleConsumer", Same), ("Shop_Shipping_ShippingHandlers_HandleConsumer", Modified)],
            Reasons(rerun, TrackingNames.Consumers, value => ((ConsumerSpec)value).ConsumerName));
        Assert.Equal([Same], Reasons(rerun, TrackingNames.HandlerSet));
        Assert.Contains("context.CancellationToken", rerun.Source("Shop.Shipping.ShippingHandlers.Handle.Consumer.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_handler_class_constructor_modifies_the_registration_only()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([ContractsSource, BillingSource, ShippingSource]));

        var rerun = Replace(run, 1, BillingSource.Replace("BillingHandlers(ILedger ledger)", "BillingHandlers(ILedger ledger, System.IServiceProvider services)"));

        Assert.All(Reasons(rerun, TrackingNames.Consumers), reason => Assert.Equal(Same, reason));
        Assert.Equal([Modified], Reasons(rerun, TrackingNames.Registration));
        Assert.Contains("GetRequiredService<global::System.IServiceProvider>(sp)", rerun.Source("Tests.Contracts.Messaging.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_handler_adds_its_consumer_and_keeps_the_others()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([ContractsSource, BillingSource]));

        var rerun = GeneratorHarness.Run(run.Input.AddSyntaxTrees(TestCompilation.Parse(ShippingSource, "Shipping.cs")), run.Driver);

        Assert.Equal(
            [("Shop_Billing_BillingHandlers_HandleConsumer", Same), ("Shop_Shipping_ShippingHandlers_HandleConsumer", nameof(IncrementalStepRunReason.New))],
            Reasons(rerun, TrackingNames.Consumers, value => ((ConsumerSpec)value).ConsumerName));
        Assert.Equal([Modified], Reasons(rerun, TrackingNames.Registration));
    }

    [Fact]
    public void Editing_a_message_member_that_is_not_a_key_leaves_the_routes_unchanged()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([ContractsSource, BillingSource, ShippingSource]));

        var rerun = Replace(run, 0, ContractsSource.Replace("decimal Total)", "decimal Total, string Currency)"));

        Assert.All(Reasons(rerun, TrackingNames.MessageRoutes), reason => Assert.Equal(Same, reason));
        Assert.Equal([Same], Reasons(rerun, TrackingNames.Registration));
        Assert.All(Reasons(rerun, TrackingNames.Consumers), reason => Assert.Equal(Same, reason));
    }

    private static GeneratorRun Replace(GeneratorRun run, int treeIndex, string source)
    {
        var tree = run.Input.SyntaxTrees.ElementAt(treeIndex);
        return GeneratorHarness.Run(run.Input.ReplaceSyntaxTree(tree, TestCompilation.Parse(source, tree.FilePath)), run.Driver);
    }

    private static string[] Reasons(GeneratorRun run, string step) =>
        [.. GeneratorHarness.Outputs(run, step).Select(output => Classify(output.Reason))];

    private static (string Name, string Reason)[] Reasons(GeneratorRun run, string step, System.Func<object, string> name) =>
        [.. GeneratorHarness.Outputs(run, step).Where(output => output.Value is not null).Select(output => (name(output.Value), Classify(output.Reason))).OrderBy(pair => pair.Item1, System.StringComparer.Ordinal)];

    // Cached (not re-run) and Unchanged (re-run, equal output) both mean downstream steps do not re-run.
    private static string Classify(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged ? Same : reason.ToString();
}
