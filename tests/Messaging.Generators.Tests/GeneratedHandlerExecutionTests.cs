using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>
/// The generated registration and consumers compiled and executed: <c>Add{Assembly}()</c> on a real
/// <c>MessagingBuilder</c> over a <c>ServiceCollection</c>, and the consumers resolved from the container and run by
/// MassTransit's in-memory test harness.
/// </summary>
/// <remarks>
/// The runtime's own transport wiring (<c>UseInMemory()</c>) is not used here: the harness registers each generated
/// consumer with MassTransit directly, which resolves it through the factory the registration added.
/// </remarks>
public sealed class GeneratedHandlerExecutionTests
{
    private const string AssemblyName = "Shop.Billing";

    // Global usings, a harness runner and a journal the handlers write to.
    private const string Prelude = """
        global using System;
        global using System.Collections.Concurrent;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using MassTransit;
        global using MassTransit.Testing;
        global using Messaging;
        global using Microsoft.Extensions.DependencyInjection;

        internal static class TestBus
        {
            // Builds a container with the services and the generated registration, starts MassTransit's in-memory
            // test harness with the given consumers, and runs the probe against it.
            public static async Task<string> Run(Action<IServiceCollection> register, Action<IBusRegistrationConfigurator> consumers, Func<ITestHarness, IServiceProvider, Task<string>> probe)
            {
                var services = new ServiceCollection();
                register(services);
                services.AddMassTransitTestHarness(consumers);
                await using var provider = services.BuildServiceProvider(validateScopes: true);
                var harness = provider.GetRequiredService<ITestHarness>();
                await harness.Start();
                try
                {
                    return await probe(harness, provider);
                }
                finally
                {
                    await harness.Stop();
                }
            }
        }

        internal static class MessagingRun
        {
            // AddMessaging(add).UseInMemory() over the services `register` adds and a Journal, then the bus started and
            // `message` published: the journal's first entry, or the message of the InvalidOperationException that
            // stopped the bus from starting.
            public static async Task<string> PublishOne(Action<IServiceCollection> register, Func<MessagingBuilder, MessagingBuilder> add, object message)
            {
                var services = new ServiceCollection();
                var journal = new Journal();
                services.AddSingleton(journal);
                register(services);
                add(new MessagingBuilder(services)).UseInMemory();
                await using var provider = services.BuildServiceProvider();
                try
                {
                    var bus = provider.GetRequiredService<IBusControl>();
                    await bus.StartAsync();
                    try
                    {
                        await bus.Publish(message);
                        return await journal.WaitFor(1);
                    }
                    finally
                    {
                        await bus.StopAsync();
                    }
                }
                catch (InvalidOperationException exception)
                {
                    return exception.Message;
                }
            }
        }

        public sealed class Journal
        {
            private readonly ConcurrentQueue<string> _entries = new();

            public void Add(string entry) => _entries.Enqueue(entry);

            // The entries, in order, once there are `count` of them (or whatever there is after ten seconds).
            public async Task<string> WaitFor(int count)
            {
                for (var i = 0; i < 1000 && _entries.Count < count; i++)
                {
                    await Task.Delay(10);
                }

                return string.Join(" | ", _entries.Order(StringComparer.Ordinal));
            }
        }
        """;

    private const string Contracts = """
        namespace Shop.Contracts
        {
            [Message("shop.order-placed")]
            public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region, decimal Total);

            [Message]
            public sealed record InvoiceCreated(Guid OrderId, decimal Amount);
        }
        """;

    [Fact]
    public async Task Registration_adds_each_handler_class_once_and_every_consumer_with_a_factory()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public interface IInvoiceStore
                {
                }

                public sealed class BillingHandlers(IInvoiceStore store)
                {
                    [Handler(Queue = "billing")]
                    public void Handle(OrderPlaced order) => _ = store;

                    [Handler(Queue = "billing-audit")]
                    public void Audit(OrderPlaced order) { }
                }

                public static class Notifications
                {
                    [Handler]
                    public static void Notify(InvoiceCreated invoice, Journal journal) => journal.Add(invoice.ToString());
                }
            }

            public static class Probe
            {
                public static Task<string> Run()
                {
                    var services = new ServiceCollection();
                    var bus = new MessagingBuilder(services);

                    var returned = bus.AddShopBilling();

                    var registrations = services
                        .Select(d => $"{d.ServiceType.Name} {d.Lifetime} {(d.ImplementationFactory is null ? "type" : "factory")}")
                        .Order(StringComparer.Ordinal);
                    return Task.FromResult((ReferenceEquals(returned, bus) ? "returns the builder; " : "returns another builder; ") + string.Join("; ", registrations));
                }
            }
            """],
            AssemblyName);

        Assert.Equal(
            "returns the builder; " +
            "BillingHandlers Scoped factory; " +
            // The builder's own: the default inbox of [Idempotent] handlers and the outbox codec.
            "IInboxStore Singleton factory; " +
            "OutboxMessageCodec Singleton factory; " +
            "Shop_Billing_BillingHandlers_AuditConsumer Scoped factory; " +
            "Shop_Billing_BillingHandlers_HandleConsumer Scoped factory; " +
            "Shop_Billing_Notifications_NotifyConsumer Scoped factory",
            result);
    }

    [Fact]
    public async Task An_application_registration_of_a_handler_class_wins_over_the_generated_one()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public sealed class BillingHandlers(string tag)
                {
                    public string Tag => tag;

                    [Handler]
                    public void Handle(OrderPlaced order) { }
                }
            }

            public static class Probe
            {
                public static Task<string> Run()
                {
                    var services = new ServiceCollection();
                    services.AddScoped(_ => new Shop.Billing.BillingHandlers("application"));
                    new MessagingBuilder(services).AddShopBilling();

                    using var provider = services.BuildServiceProvider();
                    using var scope = provider.CreateScope();
                    return Task.FromResult(scope.ServiceProvider.GetRequiredService<Shop.Billing.BillingHandlers>().Tag);
                }
            }
            """],
            AssemblyName);

        Assert.Equal("application", result);
    }

    [Fact]
    public async Task Bus_does_not_start_until_every_service_the_handlers_cannot_run_without_is_registered()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public interface IInvoiceStore { }

                public interface IClock { }

                public interface IAuditLog<T> { }

                public sealed class InvoiceStore : IInvoiceStore { }

                public sealed class AuditLog<T> : IAuditLog<T> { }

                public sealed class BillingHandlers(IInvoiceStore store, IClock? clock, string office)
                {
                    [Handler(Queue = "billing")]
                    public void Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context, IAuditLog<OrderPlaced> log, IClock? optional, Journal journal, CancellationToken ct) =>
                        journal.Add($"billed {order.Region} with {store.GetType().Name} in {office}, clock {clock is not null}");
                }

                public static class Notifications
                {
                    [Handler]
                    public static void Notify(InvoiceCreated invoice, IAuditLog<OrderPlaced> log, IServiceProvider services) { }
                }
            }

            public static class Probe
            {
                public static async Task<string> Run()
                {
                    var outcomes = new System.Collections.Generic.List<string>
                    {
                        // Nothing but the journal: the constructor's and both methods' required services are missing.
                        await Start(_ => { }),
                        // The application builds the class itself: only the methods' services are asked for.
                        await Start(services => services.AddScoped(sp => new Shop.Billing.BillingHandlers(new Shop.Billing.InvoiceStore(), null, "Dublin"))),
                        // Everything registered: the bus starts and the handler runs.
                        await Start(services =>
                        {
                            services.AddSingleton<Shop.Billing.IInvoiceStore, Shop.Billing.InvoiceStore>();
                            services.AddSingleton(typeof(Shop.Billing.IAuditLog<>), typeof(Shop.Billing.AuditLog<>));
                            services.AddSingleton("Lisbon");
                        }),
                    };
                    return string.Join("\n====\n", outcomes);
                }

                private static Task<string> Start(Action<IServiceCollection> register) =>
                    MessagingRun.PublishOne(register, bus => bus.AddShopBilling(), new Shop.Contracts.OrderPlaced(Guid.NewGuid(), "eu", 1m));
            }
            """],
            AssemblyName);

        const string Advice = "Register each before the host starts (services.AddScoped<IService, Implementation>(), AddSingleton, ...), "
            + "or declare the parameter nullable (IService?) to receive null when it is not registered.";
        Assert.Equal(
            "The bus cannot start: 3 services the handlers need are not registered in the service collection:\n"
            + "  - Shop.Billing.IInvoiceStore, which the constructor of Shop.Billing.BillingHandlers takes\n"
            + "  - System.String, which the constructor of Shop.Billing.BillingHandlers takes\n"
            + "  - Shop.Billing.IAuditLog<Shop.Contracts.OrderPlaced>, which the handler Shop.Billing.BillingHandlers.Handle (queue \"billing\") takes\n"
            + "  - Shop.Billing.IAuditLog<Shop.Contracts.OrderPlaced>, which the handler Shop.Billing.Notifications.Notify (queue \"notifications\") takes\n"
            + Advice
            + "\n====\n"
            + "The bus cannot start: a service the handlers need is not registered in the service collection:\n"
            + "  - Shop.Billing.IAuditLog<Shop.Contracts.OrderPlaced>, which the handler Shop.Billing.BillingHandlers.Handle (queue \"billing\") takes\n"
            + "  - Shop.Billing.IAuditLog<Shop.Contracts.OrderPlaced>, which the handler Shop.Billing.Notifications.Notify (queue \"notifications\") takes\n"
            + Advice
            + "\n====\n"
            + "billed eu with InvoiceStore in Lisbon, clock False",
            result);
    }

    [Fact]
    public async Task Keyed_services_reach_the_handler_by_their_key_and_a_missing_one_stops_the_start()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public enum Region { Eu = 1, Us = 2 }

                public interface ITaxTable
                {
                    string Name { get; }
                }

                public sealed class TaxTable(string name) : ITaxTable
                {
                    public string Name => name;
                }

                public sealed class BillingHandlers([FromKeyedServices("eu")] ITaxTable europe, [FromKeyedServices("ch")] ITaxTable? swiss)
                {
                    [Handler(Queue = "billing")]
                    public void Handle(OrderPlaced order, [FromKeyedServices(Region.Us)] ITaxTable america, ITaxTable fallback, Journal journal) =>
                        journal.Add($"{order.Region}: {europe.Name}, {swiss?.Name ?? "no swiss"}, {america.Name}, {fallback.Name}");
                }
            }

            public static class Probe
            {
                public static async Task<string> Run()
                {
                    var missing = await Start(services => services.AddSingleton<Shop.Billing.ITaxTable>(new Shop.Billing.TaxTable("unkeyed")));
                    var started = await Start(services =>
                    {
                        services.AddSingleton<Shop.Billing.ITaxTable>(new Shop.Billing.TaxTable("unkeyed"));
                        services.AddKeyedSingleton<Shop.Billing.ITaxTable>("eu", new Shop.Billing.TaxTable("EU VAT"));
                        services.AddKeyedSingleton<Shop.Billing.ITaxTable>(Shop.Billing.Region.Us, new Shop.Billing.TaxTable("US sales tax"));
                        // Registered under the enum's number, not the enum: not what the handler asks for.
                        services.AddKeyedSingleton<Shop.Billing.ITaxTable>(2, new Shop.Billing.TaxTable("wrong"));
                    });
                    return missing + "\n====\n" + started;
                }

                private static Task<string> Start(Action<IServiceCollection> register) =>
                    MessagingRun.PublishOne(register, bus => bus.AddShopBilling(), new Shop.Contracts.OrderPlaced(Guid.NewGuid(), "eu", 1m));
            }
            """],
            AssemblyName);

        Assert.Equal(
            "The bus cannot start: 2 services the handlers need are not registered in the service collection:\n"
            + "  - Shop.Billing.ITaxTable with the key \"eu\", which the constructor of Shop.Billing.BillingHandlers takes\n"
            + "  - Shop.Billing.ITaxTable with the key Us, which the handler Shop.Billing.BillingHandlers.Handle (queue \"billing\") takes\n"
            + "Register each before the host starts (services.AddScoped<IService, Implementation>(), AddSingleton, ...), "
            + "or declare the parameter nullable (IService?) to receive null when it is not registered."
            + "\n====\n"
            + "eu: EU VAT, no swiss, US sales tax, unkeyed",
            result);
    }

    [Fact]
    public async Task Consumer_calls_the_instance_handler_with_its_dependencies_the_context_and_the_cancellation_token()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public interface IClock
                {
                    string Now { get; }
                }

                public sealed class FixedClock : IClock
                {
                    public string Now => "noon";
                }

                public sealed class BillingHandlers(Journal journal)
                {
                    [Handler(Queue = "billing")]
                    public async Task Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context, IClock clock, CancellationToken ct, IServiceProvider services)
                    {
                        await Task.Yield();
                        journal.Add($"{order.Region} {order.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)} at {clock.Now}, message id {(context.MessageId is null ? "missing" : "set")}, token {(ct.CanBeCanceled ? "cancellable" : "none")}, scope {(services.GetService<IClock>() is null ? "wrong" : "right")}");
                    }
                }
            }

            public static class Probe
            {
                public static Task<string> Run() => TestBus.Run(
                    services =>
                    {
                        services.AddSingleton<Journal>();
                        services.AddSingleton<Shop.Billing.IClock, Shop.Billing.FixedClock>();
                        new MessagingBuilder(services).AddShopBilling();
                    },
                    x => x.AddConsumer<Messaging.Generated.Shop_Billing_BillingHandlers_HandleConsumer>(),
                    async (harness, provider) =>
                    {
                        await harness.Bus.Publish(new Shop.Contracts.OrderPlaced(Guid.NewGuid(), "eu", 12.5m));
                        return await provider.GetRequiredService<Journal>().WaitFor(1);
                    });
            }
            """],
            AssemblyName);

        Assert.Equal("eu 12.5 at noon, message id set, token cancellable, scope right", result);
    }

    [Fact]
    public async Task Handler_returning_a_message_publishes_it_when_the_message_was_not_a_request()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public static class BillingHandlers
                {
                    [Handler]
                    public static async Task<InvoiceCreated> Handle(OrderPlaced order)
                    {
                        await Task.Yield();
                        return new InvoiceCreated(order.OrderId, order.Total * 2);
                    }
                }
            }

            public static class Probe
            {
                public static Task<string> Run() => TestBus.Run(
                    services => new MessagingBuilder(services).AddShopBilling(),
                    x => x.AddConsumer<Messaging.Generated.Shop_Billing_BillingHandlers_HandleConsumer>(),
                    async (harness, provider) =>
                    {
                        await harness.Bus.Publish(new Shop.Contracts.OrderPlaced(Guid.Empty, "eu", 21m));
                        var published = await harness.Published.SelectAsync<Shop.Contracts.InvoiceCreated>().FirstOrDefault();
                        return published?.Context.Message.ToString() ?? "nothing published";
                    });
            }
            """],
            AssemblyName);

        Assert.Equal("InvoiceCreated { OrderId = 00000000-0000-0000-0000-000000000000, Amount = 42 }", result);
    }

    [Fact]
    public async Task Handler_returning_a_message_responds_to_requests()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public static class BillingHandlers
                {
                    [Handler]
                    public static InvoiceCreated Handle(OrderPlaced order) => new(order.OrderId, order.Total + 1);
                }
            }

            public static class Probe
            {
                public static Task<string> Run() => TestBus.Run(
                    services => new MessagingBuilder(services).AddShopBilling(),
                    x => x.AddConsumer<Messaging.Generated.Shop_Billing_BillingHandlers_HandleConsumer>(),
                    async (harness, provider) =>
                    {
                        var client = harness.GetRequestClient<Shop.Contracts.OrderPlaced>();
                        var response = await client.GetResponse<Shop.Contracts.InvoiceCreated>(new Shop.Contracts.OrderPlaced(Guid.Empty, "eu", 1m));
                        return response.Message.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    });
            }
            """],
            AssemblyName);

        Assert.Equal("2", result);
    }

    [Fact]
    public async Task Every_return_shape_runs_and_message_results_are_published()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, """
            namespace Shop.Contracts
            {
                [Message] public sealed record ToVoid(int Value);
                [Message] public sealed record ToTask(int Value);
                [Message] public sealed record ToValueTask(int Value);
                [Message] public sealed record ToMessage(int Value);
                [Message] public sealed record ToNothing(int Value);
                [Message] public sealed record ToTaskOfMessage(int Value);
                [Message] public sealed record ToValueTaskOfMessage(int Value);
                [Message] public sealed record Result(string Shape);
            }

            namespace Shop.Billing
            {
                using Shop.Contracts;

                public static class Shapes
                {
                    [Handler] public static void Void(ToVoid message, Journal journal) => journal.Add("void");

                    [Handler] public static async Task Task(ToTask message, Journal journal)
                    {
                        await System.Threading.Tasks.Task.Yield();
                        journal.Add("task");
                    }

                    [Handler] public static ValueTask ValueTask(ToValueTask message, Journal journal)
                    {
                        journal.Add("value task");
                        return default;
                    }

                    [Handler] public static Result Message(ToMessage message) => new("message");

                    [Handler] public static Result? Nothing(ToNothing message, Journal journal)
                    {
                        journal.Add("null result");
                        return null;
                    }

                    [Handler] public static Task<Result> TaskOfMessage(ToTaskOfMessage message) => System.Threading.Tasks.Task.FromResult(new Result("task of message"));

                    [Handler] public static async ValueTask<Result> ValueTaskOfMessage(ToValueTaskOfMessage message)
                    {
                        await System.Threading.Tasks.Task.Yield();
                        return new Result("value task of message");
                    }
                }

                public static class Results
                {
                    [Handler] public static void Record(Result result, Journal journal) => journal.Add("published " + result.Shape);
                }
            }

            public static class Probe
            {
                public static Task<string> Run() => TestBus.Run(
                    services =>
                    {
                        services.AddSingleton<Journal>();
                        new MessagingBuilder(services).AddShopBilling();
                    },
                    x =>
                    {
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_VoidConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_TaskConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_ValueTaskConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_MessageConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_NothingConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_TaskOfMessageConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Shapes_ValueTaskOfMessageConsumer>();
                        x.AddConsumer<Messaging.Generated.Shop_Billing_Results_RecordConsumer>();
                    },
                    async (harness, provider) =>
                    {
                        await harness.Bus.Publish(new Shop.Contracts.ToVoid(1));
                        await harness.Bus.Publish(new Shop.Contracts.ToTask(1));
                        await harness.Bus.Publish(new Shop.Contracts.ToValueTask(1));
                        await harness.Bus.Publish(new Shop.Contracts.ToMessage(1));
                        await harness.Bus.Publish(new Shop.Contracts.ToNothing(1));
                        await harness.Bus.Publish(new Shop.Contracts.ToTaskOfMessage(1));
                        await harness.Bus.Publish(new Shop.Contracts.ToValueTaskOfMessage(1));
                        return await provider.GetRequiredService<Journal>().WaitFor(7);
                    });
            }
            """],
            AssemblyName);

        Assert.Equal(
            "null result | published message | published task of message | published value task of message | task | value task | void",
            result);
    }

    [Fact]
    public async Task Exception_of_a_synchronous_handler_faults_the_message()
    {
        var result = await GeneratedCode.RunAsync(
            [Prelude, Contracts, """
            namespace Shop.Billing
            {
                using Shop.Contracts;

                public static class BillingHandlers
                {
                    [Handler]
                    public static void Handle(OrderPlaced order) => throw new InvalidOperationException("declined " + order.Region);
                }
            }

            public static class Probe
            {
                public static Task<string> Run() => TestBus.Run(
                    services => new MessagingBuilder(services).AddShopBilling(),
                    x => x.AddConsumer<Messaging.Generated.Shop_Billing_BillingHandlers_HandleConsumer>(),
                    async (harness, provider) =>
                    {
                        await harness.Bus.Publish(new Shop.Contracts.OrderPlaced(Guid.Empty, "eu", 1m));
                        var fault = await harness.Published.SelectAsync<Fault<Shop.Contracts.OrderPlaced>>().FirstOrDefault();
                        return fault?.Context.Message.Exceptions[0].Message ?? "no fault";
                    });
            }
            """],
            AssemblyName);

        Assert.Equal("declined eu", result);
    }
}
