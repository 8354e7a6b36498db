using System.Linq;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0504: a field the lock records moved to another index.</summary>
public sealed class MSG0504LockedFieldMovedTests
{
    [Fact]
    public void Swapping_two_positional_parameters_moves_both_fields()
    {
        var diagnostics = ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, decimal {|MSG0504:Total|}, string {|MSG0504:Region|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);

        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(
            "'Shop.Contracts.OrderPlaced': field 'Total' moved from index 2 to index 1: peers still read it at index 2. Restore the member order or pin the indices with [WireKey], or update the lock if the break is intended.",
            diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Reordering_declarations_with_keys_that_keep_the_locked_indices_changes_nothing()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced([WireKey(2)] decimal Total, [WireKey(0)] Guid OrderId, [WireKey(1)] string Region);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }
}
