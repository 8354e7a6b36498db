using System.Collections.Generic;
using System.Globalization;
using Messaging.Generators.ContractLock;
using Messaging.Generators.Model;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0507: a compatible addition the lock does not record yet — reported, never an error.</summary>
public sealed class MSG0507ContractLockOutOfDateTests
{
    [Fact]
    public void A_new_field_at_a_new_index_only_makes_the_lock_out_of_date()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total, string? {|MSG0507:Note|} = null);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            "The contract lock is out of date: 'Shop.Contracts.OrderPlaced' has a new field 3 'Note' (string). Update it with 'dotnet build -p:UpdateMessagingContract=true'.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_new_message_only_makes_the_lock_out_of_date()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Before + """


                [Message("shop.order-cancelled")]
                public sealed record {|MSG0507:OrderCancelled|}(Guid OrderId, string Reason);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            "The contract lock is out of date: 'Shop.Contracts.OrderCancelled' is a new message (entity 'shop.order-cancelled'). Update it with 'dotnet build -p:UpdateMessagingContract=true'.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_field_at_a_key_beyond_a_gap_is_new()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced([WireKey(0)] Guid OrderId, [WireKey(1)] string Region, [WireKey(2)] decimal Total, [WireKey(7)] int {|MSG0507:Priority|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }

    [Fact]
    public void A_message_that_gains_an_entity_only_makes_the_lock_out_of_date()
    {
        // A struct message has no entity; the same type as a class has one. The comparer sees only the specs.
        var fields = new EquatableArray<ContractFieldSpec>([new ContractFieldSpec { Index = 0, Name = "X", Wire = "float64" }]);
        var locked = new LockedMessage(new ContractMessageSpec { Type = "Shop.Point", Entity = null, Fields = fields }, default);
        var current = new Dictionary<string, ContractMessageSpec?>
        {
            ["Shop.Point"] = new ContractMessageSpec { Type = "Shop.Point", Entity = "Shop:Point", Fields = fields },
        };

        var change = Assert.Single(ContractComparer.Compare([locked], current));

        Assert.Equal("MSG0507", change.Descriptor.Id);
        Assert.Equal(["'Shop.Point' now has entity 'Shop:Point'"], change.Arguments);
    }

    [Fact]
    public void Once_the_lock_is_updated_nothing_is_reported()
    {
        const string after = Before + """


            [Message("shop.order-cancelled")]
            public sealed record OrderCancelled(Guid OrderId, string Reason);
            """;

        Assert.Empty(ContractLockHarness.Analyze(after, ContractLockHarness.WriteLock(after)));
    }

    [Fact]
    public void The_lock_of_an_unchanged_contract_reports_nothing()
    {
        Assert.Empty(ContractLockHarness.Analyze(Before, BeforeLock).Where(d => d.Severity >= DiagnosticSeverity.Info));
    }
}
