using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0505: a field the lock records now travels as another wire type.</summary>
public sealed class MSG0505LockedFieldWireTypeChangedTests
{
    [Fact]
    public void Changing_decimal_to_double_is_an_error_on_the_member()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, double {|MSG0505:Total|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "'Shop.Contracts.OrderPlaced': field 2 'Total' changed wire type from decimal to float64: peers write and read it the old way. Restore the type or add a new field at a new index, or update the lock if the break is intended.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Making_a_value_type_nullable_changes_its_wire_type()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, decimal? {|MSG0505:Total|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Contains("from decimal to decimal?", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Types_that_travel_the_same_way_are_not_a_change()
    {
        const string before = Header + """
            public enum Priority { Low, High }

            [Message("shop.batch")]
            public sealed record Batch(List<string> Items, DateTime At, Priority Priority, string? Note, byte[] Payload);
            """;
        const string after = Header + """
            public enum Priority { Low, High }

            [Message("shop.batch")]
            public sealed record Batch(IReadOnlyList<string> Items, DateTimeOffset At, int Priority, string Note, ReadOnlyMemory<byte> Payload);
            """;

        ContractLockHarness.Verify(after, ContractLockHarness.WriteLock(before));
    }
}
