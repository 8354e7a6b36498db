using System.Linq;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>Types the generator cannot serialize are skipped without a trace, and what it does emit still compiles.</summary>
public sealed class UnsupportedInputSnapshotTests
{
    [Fact]
    public void Message_with_an_unsupported_member_type_gets_no_formatter()
    {
        var run = Snapshot.Verify("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using Messaging;

            namespace Shop.Contracts;

            public sealed class NotAMessage
            {
                public int Value { get; set; }
            }

            [Message] public sealed record HasStream(Stream Body);

            [Message] public sealed record HasObject(object Payload);

            [Message] public sealed record HasDelegate(Func<int> Callback);

            [Message] public sealed record HasInterface(IDisposable Resource);

            [Message] public sealed record HasQueue(Queue<int> Values);

            [Message] public sealed record HasPlainClass(NotAMessage Value);

            [Message] public sealed record HasMultiDimensionalArray(int[,] Grid);

            [Message] public sealed record HasUnsupportedElement(List<Stream> Bodies);

            [Message] public sealed record HasMemoryOfInt(ReadOnlyMemory<int> Values);

            [Message] public sealed record Supported(int Value);
            """);

        Assert.Equal(
            ["Shop.Contracts.Supported.Formatter.g.cs", "Tests.Contracts.Formatters.g.cs", "Tests.Contracts.FormattersRegistration.g.cs", "Tests.Contracts.Messaging.g.cs"],
            run.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Messages_referencing_an_unsupported_message_are_skipped_transitively()
    {
        var run = Snapshot.Verify("""
            using System.Collections.Generic;
            using System.IO;
            using Messaging;

            namespace Shop.Contracts;

            [Message] public sealed record Unsupported(Stream Body);

            [Message] public sealed record Direct(Unsupported Inner);

            [Message] public sealed record ThroughCollection(List<Direct> Items);

            [Message] public sealed record Generic<T>(T Value);

            [Message] public sealed record ThroughGeneric(Generic<int> Value);

            [Message] public sealed record Unaffected(int Value);
            """);

        Assert.Equal(
            ["Shop.Contracts.Unaffected.Formatter.g.cs", "Tests.Contracts.Formatters.g.cs", "Tests.Contracts.FormattersRegistration.g.cs", "Tests.Contracts.Messaging.g.cs"],
            run.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Types_that_cannot_be_constructed_or_reached_get_no_formatter()
    {
        var run = Snapshot.Verify("""
            using Messaging;

            namespace Shop.Contracts;

            [Message] public abstract record Abstract(int Value);

            [Message] public sealed record Generic<T>(T Value);

            public sealed class Container
            {
                [Message] private sealed record PrivateNested(int Value);

                private sealed class PrivateOuter
                {
                    [Message] public sealed record NestedInPrivate(int Value);
                }
            }

            [Message] file sealed record FileLocal(int Value);

            [Message]
            public sealed class NoUsableConstructor
            {
                public NoUsableConstructor(int unrelated)
                {
                    Value = unrelated;
                }

                public int Value { get; }
            }

            [Message]
            public sealed class PrivateConstructor
            {
                private PrivateConstructor()
                {
                }

                public int Value { get; set; }
            }

            [Message] public static class Static
            {
            }

            [Message] public ref struct RefStruct
            {
            }

            [Message] public sealed record Supported(int Value);
            """);

        Assert.Equal(
            ["Shop.Contracts.Supported.Formatter.g.cs", "Tests.Contracts.Formatters.g.cs", "Tests.Contracts.FormattersRegistration.g.cs", "Tests.Contracts.Messaging.g.cs"],
            run.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Invalid_keys_skip_the_message()
    {
        var run = Snapshot.Verify("""
            using Messaging;

            namespace Shop.Contracts;

            [Message] public sealed record Mixed([WireKey(0)] int First, int Second);

            [Message] public sealed record Duplicate([WireKey(1)] int First, [WireKey(1)] int Second);

            [Message] public sealed record Negative([WireKey(-1)] int First);

            [Message] public sealed record Supported([WireKey(1)] int First, [WireKey(0)] int Second);
            """);

        Assert.Equal(
            ["Shop.Contracts.Supported.Formatter.g.cs", "Tests.Contracts.Formatters.g.cs", "Tests.Contracts.FormattersRegistration.g.cs", "Tests.Contracts.Messaging.g.cs"],
            run.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Messages_whose_formatter_names_collide_are_both_skipped()
    {
        var run = Snapshot.Verify("""
            using Messaging;

            namespace Shop
            {
                [Message] public sealed record Orders_Placed(int Value);
            }

            namespace Shop.Orders
            {
                [Message] public sealed record Placed(int Value);

                [Message] public sealed record Unaffected(int Value);
            }
            """);

        Assert.Equal(
            ["Shop.Orders.Unaffected.Formatter.g.cs", "Tests.Contracts.Formatters.g.cs", "Tests.Contracts.FormattersRegistration.g.cs", "Tests.Contracts.Messaging.g.cs"],
            run.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Malformed_code_does_not_crash_the_generator() => Snapshot.VerifyMalformed("""
        using System;
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed record Broken(int Id, MissingType Type, string

        [Message]
        public sealed class HalfTyped
        {
            public int X { get; set }

            public UnknownType Y { get; set; }

            public List<> Open { get; set; }
        }

        [Message(]
        public sealed record BadAttribute(int Value);

        [Message]
        public sealed record BadKey([WireKey("zero")] int Value);

        [Message]
        public sealed partial record Twice(int Value);

        [Message]
        public sealed partial record Twice;

        [Message]
        public sealed record Good(int Id, Guid Reference);
        """);
}
