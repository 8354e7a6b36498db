using System.Linq;
using System.Threading;
using Messaging.Generators.Parser;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>The classification analyzers will share: a spec, or every reason there is none.</summary>
public sealed class MessageTypeClassifierTests
{
    [Fact]
    public void Supported_message_has_a_spec_and_no_reasons()
    {
        var result = Classify("""
            [Message] public sealed record Order(System.Guid Id, decimal Total);
            """, "Order");

        Assert.NotNull(result.Spec);
        Assert.Empty(result.Reasons);
        Assert.Equal(["Id", "Total"], result.Spec.Members.Select(m => m.Name));
    }

    [Fact]
    public void Generic_abstract_and_inaccessible_types_are_reported()
    {
        Assert.Equal([UnsupportedReasonKind.Generic], Kinds(Classify("[Message] public sealed record Box<T>(T Value);", "Box`1")));
        Assert.Equal([UnsupportedReasonKind.Abstract], Kinds(Classify("[Message] public abstract record Base(int Value);", "Base")));
        Assert.Equal(
            [UnsupportedReasonKind.Inaccessible],
            Kinds(Classify("public sealed class Outer { [Message] private sealed record Hidden(int Value); }", "Outer+Hidden")));
    }

    [Fact]
    public void Missing_usable_constructor_is_reported()
    {
        var result = Classify("""
            [Message]
            public sealed class Order
            {
                public Order(int unrelated) => Total = unrelated;

                public int Total { get; }
            }
            """, "Order");

        Assert.Equal([UnsupportedReasonKind.NoUsableConstructor], Kinds(result));
    }

    [Fact]
    public void Every_unsupported_member_is_named()
    {
        var result = Classify("""
            [Message]
            public sealed record Upload(string Name, System.IO.Stream Body, object Metadata, int Size);
            """, "Upload");

        Assert.Null(result.Spec);
        Assert.Equal(
            [(UnsupportedReasonKind.UnsupportedMemberType, "Body"), (UnsupportedReasonKind.UnsupportedMemberType, "Metadata")],
            result.Reasons.Select(r => (r.Kind, r.MemberName)));
        Assert.Equal("type 'System.IO.Stream' has no MessagePack mapping", result.Reasons[0].Detail);
    }

    [Fact]
    public void Key_problems_name_the_members()
    {
        Assert.Equal(
            [(UnsupportedReasonKind.MixedKeys, "B")],
            Classify("[Message] public sealed record Mixed([WireKey(0)] int A, int B);", "Mixed").Reasons.Select(r => (r.Kind, r.MemberName)));
        Assert.Equal(
            [(UnsupportedReasonKind.DuplicateKey, "B")],
            Classify("[Message] public sealed record Twice([WireKey(0)] int A, [WireKey(0)] int B);", "Twice").Reasons.Select(r => (r.Kind, r.MemberName)));
        Assert.Equal(
            [(UnsupportedReasonKind.InvalidKey, "A")],
            Classify("[Message] public sealed record Negative([WireKey(-2)] int A);", "Negative").Reasons.Select(r => (r.Kind, r.MemberName)));
    }

    [Fact]
    public void Required_member_generated_code_cannot_set_is_reported()
    {
        var result = Classify("""
            [Message]
            public sealed class Order
            {
                public int Total { get; set; }

                internal required string Secret { get; init; }
            }
            """, "Order");

        Assert.Equal([(UnsupportedReasonKind.RequiredMemberNotSerializable, "Secret")], result.Reasons.Select(r => (r.Kind, r.MemberName)));
    }

    [Fact]
    public void Get_only_members_are_serialized_only_when_the_constructor_sets_them()
    {
        var result = Classify("""
            [Message]
            public sealed class Order(string id, decimal total)
            {
                public string Id { get; } = id;

                public decimal Total { get; } = total;

                public decimal Tax => Total / 5;

                public string? Note { get; init; }
            }
            """, "Order");

        Assert.NotNull(result.Spec);
        Assert.Equal(
            [("Id", true, false), ("Total", true, false), ("Note", false, true)],
            result.Spec.Members.Select(m => (m.Name, m.IsConstructorParameter, m.IsSetByInitializer)));
        Assert.Equal([0, 1], result.Spec.ConstructorArguments);
    }

    [Fact]
    public void Explicit_keys_order_the_members_and_size_the_array()
    {
        var result = Classify("""
            [Message]
            public sealed record Price([property: WireKey(4)] decimal Amount, [WireKey(1)] string Currency);
            """, "Price");

        Assert.NotNull(result.Spec);
        Assert.Equal([("Currency", 1), ("Amount", 4)], result.Spec.Members.Select(m => (m.Name, m.Key)));
        Assert.Equal(5, result.Spec.ArrayLength);
        Assert.Equal([4, 1], result.Spec.ConstructorArguments);
    }

    private static MessageClassification Classify(string declarations, string metadataName)
    {
        var compilation = TestCompilation.Create(["using Messaging;\n\nnamespace Tests;\n\n" + declarations]);
        var type = compilation.GetTypeByMetadataName("Tests." + metadataName) ?? throw new Xunit.Sdk.XunitException($"No type {metadataName}");
        return MessageTypeClassifier.Classify(type, compilation, CancellationToken.None);
    }

    private static UnsupportedReasonKind[] Kinds(MessageClassification result) => [.. result.Reasons.Select(r => r.Kind)];
}
