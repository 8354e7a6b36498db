using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0502: a field the lock records is no longer serialized.</summary>
public sealed class MSG0502LockedFieldRemovedTests
{
    [Fact]
    public void Removing_the_last_field_is_an_error_on_the_message()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record {|MSG0502:OrderPlaced|}(Guid OrderId, string Region);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "'Shop.Contracts.OrderPlaced': field 2 'Total' (decimal) was removed but is in the contract lock: peers still send it and older readers expect it. Keep the member, or update the lock if the break is intended.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Removing_a_middle_field_also_moves_the_fields_after_it()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record {|MSG0502:OrderPlaced|}(Guid OrderId, decimal {|MSG0504:Total|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }

    [Fact]
    public void Making_a_member_get_only_removes_it_from_the_wire()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record {|MSG0502:OrderPlaced|}(Guid OrderId, string Region)
                {
                    public decimal Total => 0m;
                }

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }
}
