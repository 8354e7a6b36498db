using System.Linq;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>The consumers and the registration emitted for the handler shapes users write.</summary>
public sealed class HandlerSnapshotTests
{
    private const string Contracts = """
        using System;
        using Messaging;

        namespace Shop.Contracts
        {
            [Message("shop.order-placed")]
            public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region, decimal Total, [property: PartitionKey] string CustomerId);

            [Message]
            public sealed record InvoiceCreated(Guid OrderId, decimal Amount);

            [Message]
            public sealed record OrderCancelled(Guid OrderId);
        }
        """;

    [Fact]
    public void Instance_handler_is_created_from_services_and_its_consumer_responds_or_publishes_the_result()
    {
        var run = HandlerSnapshot.Verify(
            [
                Contracts,
                """
                using System.Threading;
                using System.Threading.Tasks;
                using Messaging;
                using Shop.Contracts;

                namespace Shop.Billing;

                public interface IInvoiceStore
                {
                    Task<InvoiceCreated> CreateAsync(OrderPlaced order, CancellationToken cancellationToken);
                }

                public interface IClock
                {
                    System.DateTimeOffset Now { get; }
                }

                public sealed class BillingHandlers(IInvoiceStore invoices, IClock? clock)
                {
                    public BillingHandlers(IInvoiceStore invoices)
                        : this(invoices, null)
                    {
                    }

                    [Handler(Queue = "billing", Binding = "eu.*")]
                    [Retry(3, IntervalMilliseconds = 200)]
                    public Task<InvoiceCreated> Handle(OrderPlaced order, CancellationToken ct) =>
                        clock is null ? invoices.CreateAsync(order, ct) : invoices.CreateAsync(order, ct);
                }
                """,
            ],
            references: null,
            inputHasErrors: false);

        Assert.Equal(
            ["Shop.Billing.BillingHandlers.Handle.Consumer.g.cs", "Tests.Contracts.Messaging.g.cs"],
            run.GeneratedSources.Select(s => s.HintName).Where(h => !h.Contains("Formatter", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Static_handlers_need_no_instance_and_take_services_only_when_asked() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Audit;

            public interface IAuditLog
            {
                void Write(string entry);
            }

            public static class AuditHandlers
            {
                [Handler(Queue = "audit")]
                public static void Record(OrderPlaced order)
                {
                }

                [Handler(Queue = "audit")]
                public static void RecordCancellation(OrderCancelled order, IAuditLog log) => log.Write(order.OrderId.ToString());
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Context_cancellation_token_and_services_are_passed_in_parameter_order() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using MassTransit;
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Shipping;

            public interface IClock
            {
                DateTimeOffset Now { get; }
            }

            public interface ITracer
            {
                void Trace(string text);
            }

            public sealed class ShippingHandlers
            {
                [Handler(Queue = "shipping")]
                public Task Ship(OrderPlaced order, IClock clock, ConsumeContext<OrderPlaced> context, CancellationToken ct, ITracer? tracer, ConsumeContext untyped, IServiceProvider services)
                {
                    tracer?.Trace($"{clock.Now} {context.MessageId} {untyped.ConversationId} {services}");
                    return Task.Delay(0, ct);
                }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Keyed_services_are_resolved_by_their_key_and_the_required_ones_listed_for_the_start_up_check() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using System;
            using Messaging;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Contracts;

            namespace Shop.Tax;

            public enum Region : byte { Eu = 1, Us = 2 }

            public interface ITaxTable
            {
                decimal Rate { get; }
            }

            public interface IRounding
            {
            }

            public sealed class TaxHandlers(
                [FromKeyedServices("eu")] ITaxTable europe,
                [FromKeyedServices(Region.Us)] ITaxTable? america,
                [FromKeyedServices(null)] IRounding rounding)
            {
                [Handler(Queue = "tax")]
                public void Handle(
                    OrderPlaced order,
                    [FromKeyedServices((byte)7)] ITaxTable seventh,
                    [FromKeyedServices(typeof(Region))] ITaxTable byType,
                    [FromKeyedServices(-2L)] ITaxTable? optional,
                    ITaxTable plain) =>
                    _ = (europe, america, rounding, seventh, byType, optional, plain);
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Each_return_shape_completes_the_consumer_its_own_way() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using System.Threading.Tasks;
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Shapes;

            public sealed class ShapeHandlers
            {
                [Handler] public void Void(OrderPlaced order) { }

                [Handler] public Task Task(OrderPlaced order) => System.Threading.Tasks.Task.CompletedTask;

                [Handler] public ValueTask ValueTask(OrderPlaced order) => default;

                [Handler] public InvoiceCreated Message(OrderPlaced order) => new(order.OrderId, order.Total);

                [Handler] public InvoiceCreated? NullableMessage(OrderCancelled order) => null;

                [Handler] public Task<InvoiceCreated> TaskOfMessage(OrderPlaced order) => System.Threading.Tasks.Task.FromResult(new InvoiceCreated(order.OrderId, order.Total));

                [Handler] public async ValueTask<InvoiceCreated?> ValueTaskOfMessage(OrderPlaced order)
                {
                    await System.Threading.Tasks.Task.Yield();
                    return null;
                }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Retry_of_each_kind_is_registered_with_its_ignored_exceptions()
    {
        var run = HandlerSnapshot.Verify(
            [
                Contracts,
                """
                using System;
                using Messaging;
                using Shop.Contracts;

                namespace Shop.Retries;

                public sealed class PaymentDeclinedException(string message) : Exception(message);

                public static class RetryHandlers
                {
                    [Handler(Queue = "immediate"), Retry(2)]
                    public static void Immediate(OrderPlaced order) { }

                    [Handler(Queue = "interval"), Retry(3, IntervalMilliseconds = 250)]
                    public static void Interval(OrderPlaced order) { }

                    [Handler(Queue = "explicit-immediate"), Retry(3, Kind = RetryKind.Immediate, IntervalMilliseconds = 250)]
                    public static void ExplicitImmediate(OrderPlaced order) { }

                    [Handler(Queue = "incremental"), Retry(4, Kind = RetryKind.Incremental, IntervalMilliseconds = 100, IncrementMilliseconds = 50)]
                    public static void Incremental(OrderPlaced order) { }

                    [Handler(Queue = "exponential")]
                    [Retry(5, Kind = RetryKind.Exponential, IntervalMilliseconds = 100, MaxIntervalMilliseconds = 30000, Ignore = [typeof(ArgumentException), typeof(PaymentDeclinedException)])]
                    public static void Exponential(OrderPlaced order) { }

                    [Handler(Queue = "none")]
                    public static void WithoutRetry(OrderPlaced order) { }
                }
                """,
            ],
            references: null,
            inputHasErrors: false);

        Assert.Equal(
            ["ExplicitImmediate", "Exponential", "Immediate", "Incremental", "Interval", "WithoutRetry"],
            run.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Consumer.g.cs", System.StringComparison.Ordinal)).Select(h => h.Split('.')[3]));
    }

    [Fact]
    public void Binding_prefetch_and_concurrency_are_registered() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Europe;

            public static class EuropeHandlers
            {
                [Handler(Queue = "europe", Binding = "eu.#", PrefetchCount = 32, ConcurrencyLimit = 4)]
                public static void Handle(OrderPlaced order) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Idempotent_handler_is_registered_for_the_inbox() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Ledger;

            public static class LedgerHandlers
            {
                [Handler(Queue = "ledger")]
                [Idempotent]
                [Retry(2)]
                public static void Handle(OrderPlaced order) { }

                [Handler(Queue = "ledger")]
                public static void Cancelled(OrderCancelled order) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Message_asking_for_a_direct_exchange_gets_one() => HandlerSnapshot.Verify(
        [
            """
            using Messaging;

            namespace Shop.Payments;

            [Message("shop.payment-settled", DirectExchange = true)]
            public sealed record PaymentSettled([property: RoutingKey] string Tier, decimal Amount);

            public static class SettlementHandlers
            {
                [Handler(Queue = "gold-settlements", Binding = "gold")]
                public static void Gold(PaymentSettled settled) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Message_with_routing_headers_gets_a_headers_exchange() => HandlerSnapshot.Verify(
        [
            """
            using Messaging;

            namespace Shop.Alerts;

            public enum Severity { Low, High }

            [Message("shop.alert")]
            public sealed record Alert([property: RoutingHeader("region")] string Region, [property: RoutingHeader("severity")] Severity Severity, string Text);

            public static class AlertHandlers
            {
                [Handler(Queue = "urgent-alerts", Binding = "any: severity=High, region=eu")]
                public static void Urgent(Alert alert) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Quorum_queue_and_message_time_to_live_are_registered() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Ledger;

            public static class LedgerHandlers
            {
                [Handler(Queue = "ledger", QuorumQueue = true, MessageTimeToLiveMilliseconds = 60000)]
                public static void Handle(OrderPlaced order) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Handler_classes_sharing_a_queue_list_it_once_and_it_is_the_send_queue() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Orders;

            public sealed class OrderProjection
            {
                [Handler(Queue = "orders")]
                public void Handle(OrderPlaced order) { }
            }

            public sealed class OrderNotifier
            {
                [Handler(Queue = "orders")]
                public void Handle(OrderPlaced order) { }

                [Handler(Queue = "orders")]
                public void Handle(OrderCancelled order) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Message_consumed_on_two_queues_has_both_bindings_and_no_send_queue() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.Fanout;

            public static class Handlers
            {
                [Handler(Queue = "shipping", Binding = "eu.*")]
                public static void Ship(OrderPlaced order) { }

                [Handler(Queue = "billing", Binding = "us.*")]
                public static void Bill(OrderPlaced order) { }

                [Handler(Queue = "billing", Binding = "eu.*")]
                public static void BillEurope(OrderPlaced order) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Routing_and_partition_keys_of_every_supported_type_become_invariant_string_accessors() => HandlerSnapshot.Verify("""
        using System;
        using Messaging;

        namespace Shop.Keys;

        public enum Region { Europe, America }

        [Message]
        public sealed record ByString([property: RoutingKey] string Region, [property: PartitionKey] string? CustomerId);

        [Message]
        public sealed record ByParameter([RoutingKey] string Region, [PartitionKey] Guid CustomerId);

        [Message]
        public sealed record ByEnumAndNumber([property: RoutingKey] Region Region, [property: PartitionKey] long Account);

        [Message]
        public sealed record ByNullables([property: RoutingKey] Region? Region, [property: PartitionKey] int? Shard);

        [Message]
        public sealed class ByFieldsAndDates
        {
            [RoutingKey] public DateTimeOffset Day;

            [PartitionKey] public decimal Amount { get; init; }
        }

        public abstract record Keyed([property: RoutingKey] string Topic);

        [Message]
        public sealed record Inherited(string Topic, int Value) : Keyed(Topic);

        [Message]
        public sealed record Keyword([property: RoutingKey] string @class);
        """);

    [Fact]
    public void Message_of_a_referenced_assembly_is_routed_from_its_metadata()
    {
        var contracts = TestCompilation.CompileToReference(
            ["""
            using System;
            using Messaging;

            namespace Shared.Contracts;

            [Message("shared.payment-requested")]
            public sealed record PaymentRequested(Guid PaymentId, [property: RoutingKey] string Currency, [property: PartitionKey] Guid AccountId);

            [Message]
            public sealed record PaymentCaptured(Guid PaymentId);
            """],
            "Shared.Contracts");

        HandlerSnapshot.Verify(
            ["""
            using System.Threading.Tasks;
            using Messaging;
            using Shared.Contracts;

            namespace Payments;

            public static class PaymentHandlers
            {
                [Handler(Queue = "payments", Binding = "EUR")]
                public static ValueTask<PaymentCaptured> Capture(PaymentRequested request) => new(new PaymentCaptured(request.PaymentId));
            }
            """],
            references: [contracts],
            inputHasErrors: false);
    }

    [Fact]
    public void Queue_defaults_to_the_class_name_in_kebab_case()
    {
        var run = HandlerSnapshot.Verify(
            [
                Contracts,
                """
                using Messaging;
                using Shop.Contracts;

                namespace Shop.Defaults;

                public static class BillingHandlers
                {
                    [Handler] public static void Handle(OrderPlaced order) { }
                }

                public static class HTTPRelayHandlers
                {
                    [Handler] public static void Handle(OrderPlaced order) { }
                }

                public static class Order2Handlers
                {
                    [Handler] public static void Handle(OrderPlaced order) { }
                }
                """,
            ],
            references: null,
            inputHasErrors: false);

        var registration = run.Source("Tests.Contracts.Messaging.g.cs");
        Assert.Contains("Queue = \"billing-handlers\",", registration, System.StringComparison.Ordinal);
        Assert.Contains("Queue = \"http-relay-handlers\",", registration, System.StringComparison.Ordinal);
        Assert.Contains("Queue = \"order2-handlers\",", registration, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Overloaded_handlers_are_named_after_their_message_then_their_position()
    {
        var run = HandlerSnapshot.Verify(
            [
                Contracts,
                """
                using System.Threading;
                using Messaging;
                using Shop.Contracts;

                namespace Shop.Overloads;

                public static class OrderHandlers
                {
                    [Handler] public static void Handle(OrderPlaced order) { }

                    [Handler] public static void Handle(OrderPlaced order, CancellationToken ct) { }

                    [Handler] public static void Handle(OrderCancelled order) { }

                    // Not a handler: does not make Handle's consumers need more than the message name.
                    public static void Handle(int unrelated) { }

                    [Handler] public static void Single(OrderCancelled order) { }
                }
                """,
            ],
            references: null,
            inputHasErrors: false);

        Assert.Equal(
            [
                "Shop.Overloads.OrderHandlers.Handle.OrderCancelled.Consumer.g.cs",
                "Shop.Overloads.OrderHandlers.Handle.OrderPlaced_1.Consumer.g.cs",
                "Shop.Overloads.OrderHandlers.Handle.OrderPlaced_2.Consumer.g.cs",
                "Shop.Overloads.OrderHandlers.Single.Consumer.g.cs",
            ],
            run.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Consumer.g.cs", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Keyword_named_namespaces_classes_and_methods_are_escaped_in_code_but_not_in_names() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            namespace Shop.@event;

            public static class Outer
            {
                public sealed class @class
                {
                    [Handler(Queue = "nested")]
                    public void @event(OrderPlaced order) { }
                }

                [Message]
                public sealed record Inner(int Value);
            }
            """,
        ],
        references: null,
        inputHasErrors: false);

    [Fact]
    public void Handlers_in_the_global_namespace_are_named_after_the_class_alone() => HandlerSnapshot.Verify(
        [
            Contracts,
            """
            using Messaging;
            using Shop.Contracts;

            public static class GlobalHandlers
            {
                [Handler(Queue = "global")]
                public static void Handle(OrderPlaced order) { }
            }
            """,
        ],
        references: null,
        inputHasErrors: false);
}
