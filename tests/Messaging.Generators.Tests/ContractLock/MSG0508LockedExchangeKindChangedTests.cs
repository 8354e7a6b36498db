using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>MSG0508: the kind of exchange a message is published to differs from the lock's; an older lock without it is only out of date.</summary>
public sealed class MSG0508LockedExchangeKindChangedTests
{
    [Fact]
    public void Adding_a_routing_key_turns_the_fanout_exchange_into_a_topic_one_and_is_an_error_on_the_message()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record {|MSG0508:OrderPlaced|}(Guid OrderId, [property: RoutingKey] string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith(
            "'Shop.Contracts.OrderPlaced' now needs a topic exchange 'shop.order-placed' where brokers hold a fanout one: RabbitMQ refuses to redeclare it (PRECONDITION_FAILED - inequivalent arg 'type'), so this version fails at start-up against a broker the old one ran on. To migrate, publish it under a new entity name",
            diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[property: RoutingKey] string Region", "DirectExchange = true", "direct")]
    [InlineData("[property: RoutingHeader(\"region\")] string Region", null, "headers")]
    public void Direct_and_headers_exchanges_are_kinds_of_their_own(string region, string? named, string kind)
    {
        var topic = Header + """
            [Message("shop.order-placed")]
            public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region, decimal Total);
            """;
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + $$"""
                [Message("shop.order-placed"{{(named is null ? "" : ", " + named)}})]
                public sealed record {|MSG0508:OrderPlaced|}(Guid OrderId, {{region}}, decimal Total);
                """,
            ContractLockHarness.WriteLock(topic)));

        Assert.Contains($"now needs a {kind} exchange 'shop.order-placed' where brokers hold a topic one", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_stops_being_routable_is_an_error()
    {
        var diagnostic = Assert.Single(ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public record struct {|MSG0508:OrderPlaced|}(Guid OrderId, string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record OrderShipped(Guid OrderId, string TrackingNumber);
                """,
            BeforeLock),
            d => d.Id == "MSG0508");

        Assert.Contains("no longer has a route, so nothing here declares, binds or consumes its fanout exchange 'shop.order-placed'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_records_the_exchange_kind_of_each_message()
    {
        var lockText = ContractLockHarness.WriteLock(Header + """
            [Message("shop.order-placed")]
            public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region, decimal Total);

            [Message] public record struct Money(decimal Amount, string Currency);
            """);

        Assert.Contains("\"entity\": \"shop.order-placed\",\n      \"exchange\": \"topic\",", lockText, StringComparison.Ordinal);
        Assert.Contains("\"entity\": null,\n      \"exchange\": \"none\",", lockText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_written_before_exchange_kinds_were_recorded_is_only_out_of_date()
    {
        // The lock format of earlier versions: no "exchange" property. The kind is unknown, so nothing breaks.
        var oldLock = BeforeLock.Replace("      \"exchange\": \"fanout\",\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("exchange", oldLock, StringComparison.Ordinal);

        var diagnostics = ContractLockHarness.Verify(
            Header + """
                [Message("shop.order-placed")]
                public sealed record {|MSG0507:OrderPlaced|}(Guid OrderId, [property: RoutingKey] string Region, decimal Total);

                [Message("shop.order-shipped")]
                public sealed record {|MSG0507:OrderShipped|}(Guid OrderId, string TrackingNumber);
                """,
            oldLock);

        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("does not record the exchange kind of 'Shop.Contracts.OrderPlaced' yet (it is topic)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_exchange_kind_in_the_lock_is_an_invalid_lock()
    {
        var lockText = BeforeLock;
        var at = lockText.IndexOf("\"fanout\"", StringComparison.Ordinal);
        var invalid = lockText[..at] + "{|MSG0500:\"x-delayed\"|}" + lockText[(at + "\"fanout\"".Length)..];
        var diagnostic = Assert.Single(ContractLockHarness.Verify(Before, invalid));
        Assert.Contains("\"exchange\" of 'Shop.Contracts.OrderPlaced' must be one of", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
