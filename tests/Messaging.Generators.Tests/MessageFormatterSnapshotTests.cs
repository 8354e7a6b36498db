using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>The formatter and registry emitted for the message shapes users write.</summary>
public sealed class MessageFormatterSnapshotTests
{
    [Fact]
    public void Positional_record_is_written_as_array_in_declaration_order() => Snapshot.Verify("""
        using System;
        using Messaging;

        namespace Shop.Contracts;

        [Message("shop.order-placed")]
        public sealed record OrderPlaced(
            Guid OrderId,
            [property: RoutingKey] string Region,
            decimal Total,
            [property: PartitionKey] string CustomerId,
            DateTimeOffset PlacedAt);
        """);

    [Fact]
    public void Class_with_init_properties_is_read_through_an_object_initializer() => Snapshot.Verify("""
        using System;
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class CustomerRegistered
        {
            public required string CustomerId { get; init; }

            public string? Email { get; init; }

            public int LoyaltyPoints { get; set; }

            public bool IsVip;

            public DateTime RegisteredAt { get; init; }

            public TimeSpan SessionTimeout { get; init; }

            public char Initial { get; init; }

            public float Score { get; init; }

            public double Ratio { get; init; }

            // Computed, read-only and non-public members are not part of the message.
            public string DisplayName => CustomerId + " <" + Email + ">";

            public int ReadOnlyCount { get; }

            internal string? Internal { get; set; }

            public static int StaticCount { get; set; }
        }
        """);

    [Fact]
    public void Nested_messages_call_each_others_formatters() => Snapshot.Verify("""
        using System;
        using System.Collections.Generic;
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record OrderLine(string Sku, int Quantity, decimal Price);

        [Message]
        public sealed record Address(string Street, string City);

        [Message]
        public sealed record OrderPlaced(
            Guid OrderId,
            Address ShippingAddress,
            Address? BillingAddress,
            IReadOnlyList<OrderLine> Lines,
            List<OrderLine>? Returns);

        // A message may contain itself: reads are bounded by the reader's depth limit.
        [Message]
        public sealed record CategoryTree(string Name, IReadOnlyList<CategoryTree> Children);
        """);

    [Fact]
    public void Explicit_keys_with_a_gap_write_nil_and_skip_on_read() => Snapshot.Verify("""
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record PriceChanged([WireKey(0)] string Sku, [property: WireKey(3)] decimal NewPrice)
        {
            [WireKey(1)]
            public decimal? OldPrice { get; init; }

            // Key 2 and keys 4 to 9 belonged to retired fields: they travel as nil and are skipped on read.
            [WireKey(10)]
            public string? Reason { get; init; }
        }
        """);

    [Fact]
    public void Type_in_the_global_namespace_has_a_formatter_named_after_the_type_alone() => Snapshot.Verify("""
        using Messaging;

        [Message]
        public sealed record Ping(int Sequence);
        """);

    [Fact]
    public void Nested_type_is_named_after_its_containing_types() => Snapshot.Verify("""
        using Messaging;

        namespace Shop;

        public static class Outer
        {
            [Message]
            public sealed record Inner(string Name);

            internal static class Deeper
            {
                [Message]
                internal sealed record Innermost(Inner Parent);
            }
        }
        """);

    [Fact]
    public void Keyword_named_members_are_escaped() => Snapshot.Verify("""
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record Keywords(string @class, int @event)
        {
            public bool @namespace { get; init; }

            public string? @operator;
        }
        """);

    [Fact]
    public void Constructor_parameter_default_values_apply_when_an_older_producer_omits_the_field() => Snapshot.Verify("""
        using Messaging;

        namespace Jobs;

        public enum Priority : byte
        {
            Low = 1,
            High = 2,
        }

        public enum Offset : short
        {
            Before = -1,
            None = 0,
        }

        [Message]
        public sealed record RetryScheduled(
            string JobId,
            int Attempt = 1,
            string Queue = "default \"queue\"",
            Priority Priority = Priority.High,
            Offset Offset = Offset.Before,
            decimal Backoff = 1.5m,
            double Jitter = 0.25,
            float Scale = float.NaN,
            long? Limit = null,
            ulong Mask = ulong.MaxValue,
            char Marker = '\n',
            bool Enabled = true,
            string? Note = null);
        """);

    [Fact]
    public void Inherited_members_come_first_and_overrides_keep_the_base_position() => Snapshot.Verify("""
        using System;
        using Messaging;

        namespace Shop.Contracts;

        public abstract record DomainEvent
        {
            public Guid EventId { get; init; }

            public DateTimeOffset OccurredAt { get; init; }
        }

        [Message]
        public sealed record OrderShipped(string OrderId, string Carrier) : DomainEvent;

        public class Entity
        {
            public int Version { get; set; }

            public virtual string? Tag { get; set; }
        }

        [Message]
        public class Product : Entity
        {
            public string Name { get; set; } = "";

            public override string? Tag { get; set; }
        }
        """);

    [Fact]
    public void Struct_messages_are_never_nil_and_nullable_ones_are() => Snapshot.Verify("""
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public readonly record struct Money(decimal Amount, string Currency);

        [Message]
        public sealed record Discounted(Money Price, Money? Discount);
        """);

    [Fact]
    public void Constructor_with_the_most_matching_parameters_is_chosen() => Snapshot.Verify("""
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Shipment
        {
            public Shipment()
            {
                Carrier = "";
                Tracking = "";
            }

            public Shipment(string carrier)
            {
                Carrier = carrier;
                Tracking = "";
            }

            public Shipment(string carrier, string tracking)
            {
                Carrier = carrier;
                Tracking = tracking;
            }

            // Does not match a member: never chosen.
            public Shipment(string carrier, string tracking, int unrelated)
                : this(carrier, tracking)
            {
                Weight = unrelated;
            }

            public string Carrier { get; }

            public string Tracking { get; }

            public int Weight { get; set; }
        }
        """);

    [Fact]
    public void Message_of_a_referenced_assembly_is_read_through_the_registry()
    {
        var contracts = TestCompilation.Create(
            ["""
            using Messaging;

            namespace Shared.Contracts;

            [Message]
            public sealed record Money(decimal Amount, string Currency);
            """],
            assemblyName: "Shared.Contracts");

        Snapshot.Verify(
            ["""
            using System.Collections.Generic;
            using Messaging;
            using Shared.Contracts;

            namespace Billing;

            [Message]
            public sealed record InvoiceCreated(string InvoiceId, Money Total, Money? Discount, List<Money> Payments);
            """],
            references: [contracts.ToMetadataReference()],
            inputHasErrors: false);
    }

    [Fact]
    public void Service_registers_the_formatters_of_a_referenced_contracts_assembly_from_its_module_initializer()
    {
        // The contracts assembly as the generator leaves it: its formatters, and the assembly attribute naming its
        // public registration class, which is all the service's generator reads.
        var contractsInput = TestCompilation.Create(
            ["""
            using System.Collections.Generic;
            using Messaging;

            namespace Shared.Contracts;

            [Message("shared.order-submitted")]
            public sealed record OrderSubmitted(string OrderId, Address ShipTo, List<Address> Returns);

            [Message]
            public sealed record Address(string Street, string City);
            """],
            assemblyName: "Shared.Contracts");
        var contracts = GeneratorHarness.Run(contractsInput);
        GeneratorHarness.AssertCompilesCleanly(contracts);

        // A service with no message of its own: only the registry, calling the contracts' registration.
        Snapshot.Verify(
            ["""
            using Shared.Contracts;

            namespace Billing;

            public static class Uses
            {
                public static OrderSubmitted? Last { get; set; }
            }
            """],
            references: [contracts.Output.ToMetadataReference()],
            inputHasErrors: false);
    }

    [Fact]
    public void Keyword_named_namespace_is_unescaped_in_hint_and_formatter_names() => Snapshot.Verify("""
        using Messaging;

        namespace Shop.@event;

        [Message]
        public sealed record Ping(int Value);
        """);

    [Fact]
    public void Registry_lists_messages_from_every_file_in_ordinal_order() => Snapshot.Verify(
        [
            """
            using Messaging;

            namespace Zeta;

            [Message]
            public sealed record Last(int Value);

            [Message]
            public sealed record Aardvark(int Value);
            """,
            """
            using Messaging;

            namespace Alpha;

            [Message]
            public sealed record First(int Value);

            [Message]
            public sealed record Alpha(int Value);
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Assembly_without_messages_gets_no_files()
    {
        var run = Snapshot.Verify("""
            namespace Shop;

            public sealed record NotAMessage(int Value);
            """);

        Assert.Empty(run.GeneratedSources);
    }
}
