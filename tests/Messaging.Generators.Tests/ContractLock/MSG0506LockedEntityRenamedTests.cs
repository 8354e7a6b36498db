using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0506: a message's entity name differs from the lock's.</summary>
public sealed class MSG0506LockedEntityRenamedTests
{
    [Fact]
    public void Changing_the_entity_name_is_an_error_on_the_message()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.orders.placed")]
                public sealed record {|MSG0506:OrderPlaced|}(Guid OrderId, string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "'Shop.Contracts.OrderPlaced': entity name changed from 'shop.order-placed' to 'shop.orders.placed': peers still publish to and bind 'shop.order-placed'. Restore it with [Message(\"shop.order-placed\")], or update the lock if the break is intended.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Dropping_an_explicit_name_falls_back_to_the_default_entity_and_is_a_rename()
    {
        ContractLockHarness.Verify(
            Header + """
                [Message]
                public sealed record {|MSG0506:OrderPlaced|}(Guid OrderId, string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock);
    }
}
