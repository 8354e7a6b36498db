using Microsoft.CodeAnalysis.Text;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0501: a message the lock records is no longer declared.</summary>
public sealed class MSG0501LockedMessageRemovedTests
{
    [Fact]
    public void Removing_a_locked_message_is_an_error_on_its_lock_entry()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total);
                """,
            BeforeLockMarking("\"Shop.Contracts.OrderShipped\"", "MSG0501")));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "Message 'Shop.Contracts.OrderShipped' (entity 'shop.order-shipped') was removed but is in the contract lock: peers that still send or consume it will fail. Restore it, or update the lock if the break is intended.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(ContractLockHarness.LockPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(14, 14), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Renaming_a_message_type_removes_the_locked_one_and_adds_a_new_one()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record {|MSG0507:ParcelShipped|}(Guid OrderId, string TrackingNumber);
                """,
            BeforeLockMarking("\"Shop.Contracts.OrderShipped\"", "MSG0501"));
    }

    [Fact]
    public void A_locked_message_that_no_longer_gets_a_formatter_is_left_to_the_message_rules()
    {
        // Two members with [WireKey(0)]: the message rules report it; calling the message removed would mislead.
        ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record OrderPlaced(Guid OrderId, string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped([WireKey(0)] Guid OrderId, [WireKey(0)] string TrackingNumber);
                """,
            BeforeLock);
    }

    [Fact]
    public void Without_a_lock_file_nothing_is_compared()
    {
        Assert.Empty(ContractLockHarness.Analyze(Header + "[Message] public sealed record Other(int Value);", lockText: null));
    }
}
