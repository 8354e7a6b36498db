using System.Linq;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>Edits to the compilation re-run only what they affect.</summary>
public sealed class IncrementalCachingTests
{
    private const string OrderSource = """
        using System;
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record OrderPlaced(Guid OrderId, decimal Total);
        """;

    private const string CustomerSource = """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record CustomerRegistered(string CustomerId);
        """;

    private const string HandlerSource = """
        using Messaging;

        namespace Shop.Handlers;

        public static class OrderHandlers
        {
            [Handler] public static void Handle(Shop.Contracts.OrderPlaced order) { }
        }
        """;

    [Fact]
    public void Every_named_step_is_tracked()
    {
        // Steps downstream of [Handler] only run when there is a handler.
        var run = GeneratorHarness.Run(TestCompilation.Create([OrderSource, CustomerSource, HandlerSource]));

        Assert.All(GeneratorHarness.StepNames, name => Assert.True(run.TrackedSteps.ContainsKey(name), $"step {name} is not tracked"));
    }

    [Fact]
    public void Adding_an_unrelated_type_leaves_every_message_step_cached()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([OrderSource, CustomerSource]));

        var rerun = GeneratorHarness.Run(run.Input.AddSyntaxTrees(TestCompilation.Parse("""
            namespace Shop.Internal;

            public sealed class Clock
            {
                public long Ticks { get; set; }
            }
            """, "Clock.cs")), run.Driver);

        GeneratorHarness.AssertAllStepsCachedOrUnchanged(rerun, namedStepsOnly: true);
    }

    [Fact]
    public void Changing_a_message_member_modifies_only_that_message()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([OrderSource, CustomerSource]));
        var orderTree = run.Input.SyntaxTrees.First();
        var changed = TestCompilation.Parse(OrderSource.Replace("decimal Total", "decimal Total, string Currency"), orderTree.FilePath);

        var rerun = GeneratorHarness.Run(run.Input.ReplaceSyntaxTree(orderTree, changed), run.Driver);

        // The semantic transform re-runs for every [Message] when the compilation changes; only the edited one differs.
        Assert.Equal(
            [("OrderPlaced", Modified), ("CustomerRegistered", Same)],
            GeneratorHarness.Outputs(rerun, TrackingNames.MessageTypes).Select(o => (Name(o.Value), Classify(o.Reason))));
        Assert.Equal(
            [("OrderPlaced", Modified), ("CustomerRegistered", Same)],
            GeneratorHarness.Outputs(rerun, TrackingNames.Formatters).Select(o => (Name(o.Value), Classify(o.Reason))));
        Assert.Equal([Same], GeneratorHarness.Outputs(rerun, TrackingNames.MessageSet).Select(o => Classify(o.Reason)));
        Assert.Equal([Same], GeneratorHarness.Outputs(rerun, TrackingNames.Registry).Select(o => Classify(o.Reason)));
        Assert.Contains("writer.WriteArrayHeader(3);", rerun.GeneratedSources.Single(s => s.HintName.StartsWith("Shop.Contracts.OrderPlaced", System.StringComparison.Ordinal)).SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_message_without_changing_its_members_leaves_every_output_unchanged()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([OrderSource, CustomerSource]));
        var orderTree = run.Input.SyntaxTrees.First();
        var edited = TestCompilation.Parse(
            OrderSource.Replace("decimal Total);", "decimal Total)\n{\n    public decimal Doubled() => Total * 2;\n}"),
            orderTree.FilePath);

        var rerun = GeneratorHarness.Run(run.Input.ReplaceSyntaxTree(orderTree, edited), run.Driver);

        GeneratorHarness.AssertAllStepsCachedOrUnchanged(rerun, namedStepsOnly: true);
    }

    [Fact]
    public void Adding_a_message_updates_the_registry_and_keeps_the_other_formatters()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create([OrderSource]));

        var rerun = GeneratorHarness.Run(run.Input.AddSyntaxTrees(TestCompilation.Parse(CustomerSource, "Customer.cs")), run.Driver);

        Assert.Equal(
            [("OrderPlaced", Same), ("CustomerRegistered", nameof(IncrementalStepRunReason.New))],
            GeneratorHarness.Outputs(rerun, TrackingNames.Formatters).Select(o => (Name(o.Value), Classify(o.Reason))));
        Assert.Equal([Modified], GeneratorHarness.Outputs(rerun, TrackingNames.Registry).Select(o => Classify(o.Reason)));
        Assert.Contains("CustomerRegistered", rerun.GeneratedSources.Single(s => s.HintName == "Tests.Contracts.Formatters.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    private const string Same = "Cached or Unchanged";

    private const string Modified = nameof(IncrementalStepRunReason.Modified);

    // Cached (not re-run) and Unchanged (re-run, equal output) both mean downstream steps do not re-run.
    private static string Classify(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged ? Same : reason.ToString();

    private static string Name(object value) => ((Model.MessageSpec)value).DisplayName;
}
