using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

/// <summary>The code fixes of MSG0016 (use MassTransit's entity name), MSG0017 (remove [WireKey]) and MSG0116 (add [Handler]).</summary>
public sealed class NewRuleCodeFixTests
{
    [Fact]
    public async Task Message_takes_the_EntityName_of_MassTransit_and_keeps_its_named_arguments()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using MassTransit;
            using Messaging;

            namespace Shop.Contracts;

            [EntityName("shop-orders"), Message("shop.orders", DirectExchange = true)]
            public sealed record OrderPlaced(int Id, [property: RoutingKey] string Region);
            """, new UseMassTransitEntityNameCodeFix(), "MSG0016");

        Assert.Contains("[EntityName(\"shop-orders\"), Message(\"shop-orders\", DirectExchange = true)]", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_beside_MessageUrn_drops_its_name_for_the_default_MassTransit_uses()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using MassTransit;
            using Messaging;

            namespace Shop.Contracts;

            [MessageUrn("Shop:Returned"), Message("shop.returns")] public sealed record OrderReturned(int Id);
            """, new UseMassTransitEntityNameCodeFix(), "MSG0016");

        Assert.Contains("[MessageUrn(\"Shop:Returned\"), Message] public sealed record OrderReturned(int Id);", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_on_a_member_that_is_not_serialized_is_removed()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop.Contracts;

            [Message]
            public sealed class Invoice
            {
                [WireKey(0)] public int Number { get; set; }

                [WireKey(1)] internal string Secret { get; set; } = "";
            }
            """, new RemoveAttributeCodeFix(), "MSG0017");

        Assert.Contains("[WireKey(0)] public int Number { get; set; }", fixedSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Key(1)", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("internal string Secret { get; set; } = \"\";", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_is_added_beside_Retry()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using System;
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(Guid OrderId);

            public sealed class Handlers
            {
                [Retry(3)] public void Handle(OrderPlaced order) { }
            }
            """, new AddHandlerAttributeCodeFix(), "MSG0116");

        Assert.Contains("[Handler, Retry(3)] public void Handle(OrderPlaced order) { }", fixedSource, System.StringComparison.Ordinal);
    }
}
