using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0503: an index the lock records now holds another field.</summary>
public sealed class MSG0503LockedIndexReusedTests
{
    [Fact]
    public void A_new_field_at_a_locked_index_is_an_error_on_the_new_member()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, string {|MSG0503:Currency|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "'Shop.Contracts.OrderPlaced': index 2 was 'Total' (decimal) in the contract lock and is now 'Currency' (string): peers read one as the other. Give 'Currency' a new index, or update the lock if this is a rename of the same field.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Renaming_a_field_in_place_is_reported_as_a_reuse()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, decimal {|MSG0503:Amount|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }

    [Fact]
    public void Inserting_a_field_first_reuses_index_0_and_moves_every_other_field()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(string {|MSG0503:Channel|}, Guid {|MSG0504:OrderId|}, string {|MSG0504:Region|}, decimal {|MSG0504:Total|});

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }
}
