using System.Linq;
using System.Threading;
using Messaging.Generators.Model;
using Messaging.Generators.Parser;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>The handler and route classification analyzers will share: a spec, or every reason there is none.</summary>
public sealed class HandlerClassifierTests
{
    private const string Messages = """
        [Message] public sealed record OrderPlaced(System.Guid OrderId, [property: RoutingKey] string Region);
        [Message] public sealed record InvoiceCreated(System.Guid OrderId);
        [Message] public record struct Tick(int Value);
        public interface IClock { }
        """;

    [Fact]
    public void Valid_handler_has_a_spec_with_its_parameters_result_and_settings()
    {
        var result = Classify("""
            public sealed class Handlers(IClock clock)
            {
                [Handler(Queue = "billing", Binding = "eu.*", PrefetchCount = 8, ConcurrencyLimit = 2)]
                [Retry(3, IntervalMilliseconds = 100, Ignore = [typeof(System.ArgumentException)])]
                public System.Threading.Tasks.Task<InvoiceCreated> Handle(OrderPlaced order, MassTransit.ConsumeContext<OrderPlaced> context, System.Threading.CancellationToken ct, IClock? optional) =>
                    System.Threading.Tasks.Task.FromResult(new InvoiceCreated(order.OrderId));

                public IClock Clock => clock;
            }
            """);

        Assert.Empty(result.Reasons);
        var spec = Assert.IsType<HandlerSpec>(result.Spec);
        Assert.Equal(
            [HandlerParameterKind.Message, HandlerParameterKind.ConsumeContext, HandlerParameterKind.CancellationToken, HandlerParameterKind.Service],
            spec.Consumer.Parameters.Select(p => p.Kind));
        Assert.Equal(new ServiceSpec { Type = "global::Tests.IClock", IsOptional = true }, spec.Consumer.Parameters[3].Service);
        Assert.Equal(HandlerReturnKind.TaskOfMessage, spec.Consumer.ReturnKind);
        Assert.Equal("global::Tests.InvoiceCreated", spec.Result?.MessageType);
        Assert.Equal(("billing", "eu.*", 8, 2), (spec.Queue, spec.Binding, spec.PrefetchCount, spec.ConcurrencyLimit));
        Assert.Equal("Interval", spec.Retry?.Kind);
        Assert.Equal(["global::System.ArgumentException"], spec.Retry?.Ignore);
        Assert.Equal([new ServiceSpec { Type = "global::Tests.IClock", IsOptional = false }], spec.HandlerClass?.ConstructorParameters);
        Assert.Equal("urn:message:Tests:OrderPlaced", spec.Message.MessageUrn);
    }

    [Fact]
    public void Method_level_problems_are_all_reported()
    {
        Assert.Equal([HandlerReasonKind.NoMessageParameter], Kinds(Classify("public static class H { [Handler] public static void Handle() { } }")));
        Assert.Equal([HandlerReasonKind.Generic], Kinds(Classify("public static class H { [Handler] public static void Handle<T>(OrderPlaced o) { } }")));
        Assert.Equal([HandlerReasonKind.Inaccessible], Kinds(Classify("public static class H { [Handler] private static void Handle(OrderPlaced o) { } }")));
        Assert.Equal([HandlerReasonKind.AsyncVoid], Kinds(Classify("public static class H { [Handler] public static async void Handle(OrderPlaced o) => await System.Threading.Tasks.Task.Yield(); }")));
        Assert.Equal(
            [HandlerReasonKind.RefParameter, HandlerReasonKind.RefParameter],
            Kinds(Classify("public static class H { [Handler] public static void Handle(in OrderPlaced o, out int x) => x = 0; }")));
        Assert.Equal([HandlerReasonKind.Abstract], Kinds(Classify("public abstract class H { [Handler] public abstract void Handle(OrderPlaced o); }")));
    }

    [Fact]
    public void Signature_problems_name_the_parameter()
    {
        Assert.Equal(
            [(HandlerReasonKind.NotAMessage, "value")],
            Named(Classify("public static class H { [Handler] public static void Handle(int value) { } }")));
        Assert.Equal(
            [(HandlerReasonKind.MessageNotRoutable, "tick")],
            Named(Classify("public static class H { [Handler] public static void Handle(Tick tick) { } }")));
        Assert.Equal(
            [(HandlerReasonKind.UnsupportedParameter, "context"), (HandlerReasonKind.UnsupportedParameter, "count")],
            Named(Classify("public static class H { [Handler] public static void Handle(OrderPlaced o, MassTransit.ConsumeContext<InvoiceCreated> context, int count) { } }")));
        Assert.Equal(
            [(HandlerReasonKind.UnsupportedReturnType, null)],
            Named(Classify("public static class H { [Handler] public static System.Threading.Tasks.Task<int> Handle(OrderPlaced o) => System.Threading.Tasks.Task.FromResult(0); }")));
    }

    [Fact]
    public void Unroutable_message_says_why()
    {
        var result = Classify("public static class H { [Handler] public static void Handle(Tick tick) { } }");

        Assert.Equal(
            "the message 'Tick' cannot be routed: 'Tick' is not a class or record class; MassTransit routes reference types",
            result.Reasons.Single().Detail);
    }

    [Fact]
    public void Handler_class_that_cannot_be_created_from_services_is_reported()
    {
        Assert.Equal(
            [HandlerReasonKind.HandlerClassNotConstructible],
            Kinds(Classify("public sealed class H(int retries) { [Handler] public void Handle(OrderPlaced o) => _ = retries; }")));
        Assert.Equal(
            [HandlerReasonKind.HandlerClassNotConstructible],
            Kinds(Classify("public sealed class H { private H() { } [Handler] public void Handle(OrderPlaced o) { } public static H Create() => new(); }")));
        Assert.Equal(
            [HandlerReasonKind.HandlerClassNotConstructible],
            Kinds(Classify("public sealed class H { public required IClock Clock { get; init; } [Handler] public void Handle(OrderPlaced o) { } }")));
        Assert.Equal(
            "constructor parameter 'retries' of 'H' cannot be resolved as a service: it has type 'int'; a handler class's constructor takes services, which are reference types",
            Classify("public sealed class H(int retries) { [Handler] public void Handle(OrderPlaced o) => _ = retries; }").Reasons.Single().Detail);
        // A string or a message in the constructor is the application's to supply when it registers the class itself;
        // with the generated factory, the start-up check reports it as a missing service.
        Assert.Empty(Classify("public sealed class H(string tag, OrderPlaced seed) { [Handler] public void Handle(OrderPlaced o) => _ = (tag, seed); }").Reasons);
        Assert.Equal(
            [HandlerReasonKind.UnsupportedContainingType],
            Kinds(Classify("public struct H { [Handler] public readonly void Handle(OrderPlaced o) { } }")));
    }

    [Fact]
    public void Settings_brokers_or_MassTransit_would_reject_are_reported()
    {
        Assert.Equal([HandlerReasonKind.InvalidQueueName], Kinds(Classify("public static class H { [Handler(Queue = \"a b\")] public static void Handle(OrderPlaced o) { } }")));
        Assert.Equal([HandlerReasonKind.InvalidSetting], Kinds(Classify("public static class H { [Handler(PrefetchCount = -1)] public static void Handle(OrderPlaced o) { } }")));
        Assert.Equal([HandlerReasonKind.InvalidRetry], Kinds(Classify("public static class H { [Handler, Retry(-1)] public static void Handle(OrderPlaced o) { } }")));
        Assert.Equal([HandlerReasonKind.InvalidRetry], Kinds(Classify("public static class H { [Handler, Retry(1, Ignore = [typeof(string)])] public static void Handle(OrderPlaced o) { } }")));
    }

    [Theory]
    [InlineData("[Retry(2)]", "Immediate", 2, 0, 0, 0, "")]
    [InlineData("[Retry(3, IntervalMilliseconds = 250)]", "Interval", 3, 250, 0, 0, "")]
    [InlineData("[Retry(3, Kind = RetryKind.Immediate, IntervalMilliseconds = 250)]", "Immediate", 3, 250, 0, 0, "")]
    [InlineData("[Retry(4, Kind = RetryKind.Incremental, IntervalMilliseconds = 100, IncrementMilliseconds = 50)]", "Incremental", 4, 100, 50, 0, "")]
    [InlineData(
        "[Retry(5, Kind = RetryKind.Exponential, IntervalMilliseconds = 100, MaxIntervalMilliseconds = 9000, Ignore = [typeof(System.ArgumentException), typeof(Declined)])]",
        "Exponential", 5, 100, 0, 9000, "global::System.ArgumentException global::Tests.Declined")]
    public void Retry_kind_defaults_from_the_interval_and_keeps_every_setting(string retry, string kind, int count, int interval, int increment, int maxInterval, string ignore)
    {
        var result = Classify($$"""
            public sealed class Declined(string message) : System.Exception(message);

            public static class H
            {
                [Handler]
                {{retry}}
                public static void Handle(OrderPlaced o) { }
            }
            """);

        Assert.Empty(result.Reasons);
        var retrySpec = result.Spec?.Retry;
        Assert.NotNull(retrySpec);
        Assert.Equal(
            (kind, count, interval, increment, maxInterval, ignore),
            (retrySpec.Kind, retrySpec.Count, retrySpec.IntervalMilliseconds, retrySpec.IncrementMilliseconds, retrySpec.MaxIntervalMilliseconds, string.Join(" ", retrySpec.Ignore)));
    }

    [Fact]
    public void Routes_of_invalid_messages_give_every_reason()
    {
        Assert.Equal([RouteReasonKind.NotAClass], RouteKinds("[Message] public record struct S(int V);", "S"));
        Assert.Equal([RouteReasonKind.Generic], RouteKinds("[Message] public sealed record G<T>(T V);", "G`1"));
        Assert.Equal([RouteReasonKind.Abstract], RouteKinds("[Message] public abstract record A(int V);", "A"));
        Assert.Equal([RouteReasonKind.InvalidEntityName], RouteKinds("[Message(\"a b\")] public sealed record E(int V);", "E"));
        Assert.Equal(
            [RouteReasonKind.DuplicateKey],
            RouteKinds("[Message] public sealed record D([property: RoutingKey] string A, [property: RoutingKey] string B);", "D"));
        Assert.Equal(
            [RouteReasonKind.UnsupportedKeyType],
            RouteKinds("[Message] public sealed record U([property: PartitionKey] byte[] Key);", "U"));
        Assert.Equal(
            [RouteReasonKind.InvalidKeyMember],
            RouteKinds("[Message] public sealed class P { [RoutingKey] internal string Key { get; set; } = \"\"; }", "P"));
    }

    [Fact]
    public void Message_in_the_global_namespace_has_no_route()
    {
        var compilation = TestCompilation.Create(["using Messaging;\n\n[Message] public sealed record Ping(int Value);"]);

        var result = MessageRouteClassifier.Classify(compilation.GetTypeByMetadataName("Ping")!, compilation);

        Assert.Equal([RouteReasonKind.NoNamespace], result.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void Message_urn_follows_MassTransit_for_nested_types_and_MessageUrn_attributes()
    {
        Assert.Equal("urn:message:Tests:Outer+Inner", Route("public static class Outer { [Message] public sealed record Inner(int V); }", "Outer+Inner").MessageUrn);
        Assert.Equal("Tests:Outer-Inner", Route("public static class Outer { [Message] public sealed record Inner(int V); }", "Outer+Inner").EntityName);
        Assert.Equal("urn:message:orders:placed", Route("[Message, MassTransit.MessageUrn(\"orders:placed\")] public sealed record M(int V);", "M").MessageUrn);
        Assert.Equal("urn:custom:placed", Route("[Message, MassTransit.MessageUrn(\"urn:custom:placed\", false)] public sealed record M(int V);", "M").MessageUrn);
    }

    [Theory]
    [InlineData("BillingHandlers", "billing-handlers")]
    [InlineData("HTTPRelay", "http-relay")]
    [InlineData("Order2Handlers", "order2-handlers")]
    [InlineData("handlers", "handlers")]
    [InlineData("IOHandler", "io-handler")]
    public void Default_queue_is_the_class_name_in_kebab_case(string className, string queue) =>
        Assert.Equal(queue, MessagingNames.ToKebabCase(className));

    [Theory]
    [InlineData("Shop.Billing", "ShopBilling")]
    [InlineData("shop.billing", "ShopBilling")]
    [InlineData("my-service.v2", "MyServiceV2")]
    [InlineData("Tests.Contracts", "TestsContracts")]
    [InlineData("...", "Messages")]
    public void Assembly_names_become_identifiers_in_PascalCase(string assemblyName, string sanitized) =>
        Assert.Equal(sanitized, MessagingNames.SanitizeAssemblyName(assemblyName));

    private static HandlerClassification Classify(string declarations)
    {
        var compilation = TestCompilation.Create(["using Messaging;\n\nnamespace Tests;\n\n" + Messages + "\n" + declarations]);
        var method = compilation.GetSymbolsWithName("Handle", SymbolFilter.Member).OfType<IMethodSymbol>().Single();
        return HandlerClassifier.Classify(method, compilation, CancellationToken.None);
    }

    private static MessageRouteSpec Route(string declarations, string metadataName) =>
        RouteOf(declarations, metadataName).Spec ?? throw new Xunit.Sdk.XunitException("no route");

    private static RouteReasonKind[] RouteKinds(string declarations, string metadataName) => [.. RouteOf(declarations, metadataName).Reasons.Select(r => r.Kind)];

    private static MessageRouteClassification RouteOf(string declarations, string metadataName)
    {
        var compilation = TestCompilation.Create(["using Messaging;\n\nnamespace Tests;\n\n" + declarations]);
        var type = compilation.GetTypeByMetadataName("Tests." + metadataName) ?? throw new Xunit.Sdk.XunitException($"No type {metadataName}");
        return MessageRouteClassifier.Classify(type, compilation);
    }

    private static HandlerReasonKind[] Kinds(HandlerClassification result) => [.. result.Reasons.Select(r => r.Kind)];

    private static (HandlerReasonKind, string?)[] Named(HandlerClassification result) => [.. result.Reasons.Select(r => (r.Kind, r.ParameterName))];
}
