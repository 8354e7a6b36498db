using System.Collections.Immutable;
using System.Linq;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>Handlers the generator cannot call are skipped without a trace, and what it does emit still compiles.</summary>
public sealed class UnsupportedHandlerSnapshotTests
{
    [Fact]
    public void Invalid_handlers_of_every_kind_get_no_consumer()
    {
        var run = HandlerSnapshot.Verify(
            ["""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using MassTransit;
            using Messaging;

            [Message]
            public sealed record GlobalPing(int Value);

            namespace Shop.Contracts
            {
                [Message] public sealed record OrderPlaced(Guid OrderId);
                [Message] public sealed record Other(Guid Id);
                [Message] public record struct StructMessage(int Value);
                [Message] public sealed record GenericMessage<T>(T Value);
                [Message] public abstract record AbstractMessage(int Value);
                [Message("bad name!")] public sealed record BadEntityName(int Value);
                public sealed record NotAMessage(int Value);
            }

            namespace Shop.Invalid
            {
                using Shop.Contracts;

                public interface IClock
                {
                    DateTimeOffset Now { get; }
                }

                public class InvalidHandlers
                {
                    [Handler] public static void NoParameters() { }
                    [Handler] public static void FirstIsNotAMessage(int value) { }
                    [Handler] public static void FirstIsNotMarked(NotAMessage value) { }
                    [Handler] public static void MessageIsAStruct(StructMessage message) { }
                    [Handler] public static void MessageIsGeneric(GenericMessage<int> message) { }
                    [Handler] public static void MessageIsAbstract(AbstractMessage message) { }
                    [Handler] public static void MessageWithoutNamespace(GlobalPing ping) { }
                    [Handler] public static void EntityNameBrokersReject(BadEntityName message) { }
                    [Handler] public static void Generic<T>(OrderPlaced order) { }
                    [Handler] private static void Private(OrderPlaced order) { }
                    [Handler] protected static void Protected(OrderPlaced order) { }
                    [Handler] private protected static void PrivateProtected(OrderPlaced order) { }
                    [Handler] public static async void AsyncVoid(OrderPlaced order) => await Task.Yield();
                    [Handler] public static void Ref(OrderPlaced order, ref int value) { }
                    [Handler] public static void Out(OrderPlaced order, out int value) => value = 0;
                    [Handler] public static void In(in OrderPlaced order) { }
                    [Handler] public static int ReturnsInt(OrderPlaced order) => 0;
                    [Handler] public static Task<int> ReturnsTaskOfInt(OrderPlaced order) => Task.FromResult(0);
                    [Handler] public static StructMessage ReturnsStructMessage(OrderPlaced order) => default;
                    [Handler] public static List<Other> ReturnsList(OrderPlaced order) => [];
                    [Handler] public static void ContextOfAnotherMessage(OrderPlaced order, ConsumeContext<Other> context) { }
                    [Handler] public static void ValueTypeService(OrderPlaced order, int count) { }
                    [Handler(Queue = "bad queue")] public static void QueueBrokersReject(OrderPlaced order) { }
                    [Handler(Queue = "")] public static void EmptyQueue(OrderPlaced order) { }
                    [Handler(PrefetchCount = -1)] public static void NegativePrefetch(OrderPlaced order) { }
                    [Handler(ConcurrencyLimit = -1)] public static void NegativeConcurrency(OrderPlaced order) { }
                    [Handler, Retry(-1)] public static void NegativeRetry(OrderPlaced order) { }
                    [Handler, Retry(1, IntervalMilliseconds = -5)] public static void NegativeInterval(OrderPlaced order) { }
                    [Handler, Retry(1, Kind = (RetryKind)42)] public static void UnknownRetryKind(OrderPlaced order) { }
                    [Handler, Retry(1, Ignore = [typeof(string)])] public static void IgnoresANonException(OrderPlaced order) { }

                    [Handler] public static void Valid(OrderPlaced order) { }
                }

                public class Generic<T>
                {
                    [Handler] public static void InGenericClass(OrderPlaced order) { }
                }

                public abstract class AbstractHandlers
                {
                    [Handler] public abstract void Abstract(OrderPlaced order);
                    [Handler] public void InstanceOfAbstractClass(OrderPlaced order) { }
                }

                public sealed class NoAccessibleConstructor
                {
                    private NoAccessibleConstructor() { }

                    [Handler] public void Handle(OrderPlaced order) { }

                    public static NoAccessibleConstructor Create() => new();
                }

                public sealed class ValueTypeConstructorParameter(int retries)
                {
                    [Handler] public void Handle(OrderPlaced order) => _ = retries;
                }

                public sealed class RequiredMembers
                {
                    public required IClock Clock { get; init; }

                    [Handler] public void Handle(OrderPlaced order) { }
                }

                public struct InstanceInStruct
                {
                    [Handler] public readonly void Handle(OrderPlaced order) { }
                }

                public static class Outer
                {
                    private static class Hidden
                    {
                        [Handler] public static void Handle(OrderPlaced order) { }
                    }

                    public static void Touch() => Hidden.Handle(new OrderPlaced(Guid.Empty));
                }

                file static class FileLocal
                {
                    [Handler] public static void Handle(OrderPlaced order) { }
                }

                public interface IHandlers
                {
                    [Handler] static void Handle(OrderPlaced order) { }
                }
            }
            """],
            references: null,
            inputHasErrors: false);

        Assert.Equal(
            ["Shop.Invalid.InvalidHandlers.Valid.Consumer.g.cs"],
            run.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Consumer.g.cs", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Consumers_whose_class_or_hint_names_collide_are_all_skipped()
    {
        var run = HandlerSnapshot.Verify(
            ["""
            using Messaging;

            namespace Shop.Contracts
            {
                [Message] public sealed record OrderPlaced(int Id);
            }

            namespace A_B
            {
                public static class C
                {
                    [Handler] public static void Handle(Shop.Contracts.OrderPlaced order) { }
                }
            }

            namespace A
            {
                public static class B_C
                {
                    [Handler] public static void Handle(Shop.Contracts.OrderPlaced order) { }
                }
            }

            namespace Casing
            {
                public static class Handlers
                {
                    [Handler] public static void Handle(Shop.Contracts.OrderPlaced order) { }
                }

                public static class HANDLERS
                {
                    [Handler] public static void Handle(Shop.Contracts.OrderPlaced order) { }
                }

                public static class Unaffected
                {
                    [Handler] public static void Handle(Shop.Contracts.OrderPlaced order) { }
                }
            }
            """],
            references: null,
            inputHasErrors: false);

        Assert.Equal(
            ["Casing.Unaffected.Handle.Consumer.g.cs"],
            run.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Consumer.g.cs", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Malformed_handlers_do_not_crash_the_generator()
    {
        var run = HandlerSnapshot.VerifyMalformed("""
            using System.Threading.Tasks;
            using Messaging;

            namespace Shop.Contracts
            {
                [Message] public sealed record OrderPlaced(int Id);
            }

            namespace Shop.Broken
            {
                using Shop.Contracts;

                public static class BrokenHandlers
                {
                    [Handler] public static void MissingType(OrderPlaced order, IDoesNotExist service) { }
                    [Handler] public static void MissingMessage(DoesNotExist message) { }
                    [Handler] public static MissingResult MissingReturn(OrderPlaced order) => null!;
                    [Handler(Queue = 42)] public static void WrongQueueType(OrderPlaced order) { }
                    [Handler, Retry("three")] public static void WrongRetryCount(OrderPlaced order) { }
                    [Handler, Retry(1, Ignore = [typeof(Missing)])] public static void MissingIgnoredType(OrderPlaced order) { }
                    [Handler] public static Task Good(OrderPlaced order) => Task.CompletedTask;
                    [Handler] public static void Unfinished(OrderPlaced order
                }
            }
            """);

        // What the compiler recovers as a well-formed handler (Unfinished is one, without a body) still gets a
        // consumer; it adds no diagnostic of its own to a build that fails anyway.
        Assert.Equal(
            ["Shop.Broken.BrokenHandlers.Good.Consumer.g.cs", "Shop.Broken.BrokenHandlers.Unfinished.Consumer.g.cs"],
            run.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".Consumer.g.cs", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_MassTransit_or_the_runtime_no_consumer_or_registration_is_emitted()
    {
        // A contracts-only project: the attributes and the serializer runtime, but no MassTransit.
        var references = TestCompilation.References
            .Where(reference => reference.Display is { } path && !path.Contains("MassTransit", System.StringComparison.Ordinal))
            .ToImmutableArray();
        var compilation = TestCompilation.Create(
            ["""
            using Messaging;

            namespace Shop.Contracts;

            [Message] public sealed record OrderPlaced(int Id);

            public static class Handlers
            {
                [Handler] public static void Handle(OrderPlaced order) { }
            }
            """],
            baseReferences: references);

        var run = GeneratorHarness.Run(compilation);

        GeneratorHarness.AssertCompilesCleanly(run);
        Assert.Equal(
            ["Shop.Contracts.OrderPlaced.Formatter.g.cs", "Tests.Contracts.Formatters.g.cs", "Tests.Contracts.FormattersRegistration.g.cs"],
            run.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Before_CSharp_12_no_consumer_or_registration_is_emitted()
    {
        var compilation = TestCompilation.Create(
            ["""
            using Messaging;

            namespace Shop.Contracts;

            [Message] public sealed record OrderPlaced(int Id);

            public static class Handlers
            {
                [Handler] public static void Handle(OrderPlaced order) { }
            }
            """]);
        var options = TestCompilation.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11);
        var older = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree => tree.WithRootAndOptions(tree.GetRoot(), options)));

        var run = GeneratorHarness.Run(older, GeneratorHarness.CreateDriver(options));

        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName.EndsWith(".Consumer.g.cs", System.StringComparison.Ordinal) || s.HintName.EndsWith(".Messaging.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
