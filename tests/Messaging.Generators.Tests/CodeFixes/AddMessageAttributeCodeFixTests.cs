using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class AddMessageAttributeCodeFixTests
{
    [Fact]
    public async Task Handled_class_gets_Message_and_the_handler_a_consumer()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public void Handle(OrderPlaced order) { }
            }
            """, new AddMessageAttributeCodeFix(), "MSG0101");

        Assert.Equal("""
            using Messaging;

            namespace Shop;

            [Message]
            public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public void Handle(OrderPlaced order) { }
            }
            """, fixedSource);
    }

    [Fact]
    public async Task Attributes_already_on_the_class_stay_after_Message()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using System;
            using Messaging;

            namespace Shop
            {
                [Serializable]
                public sealed class OrderPlaced
                {
                    public int Id { get; set; }
                }

                public sealed class Handlers
                {
                    [Handler] public void Handle(OrderPlaced order) { }
                }
            }
            """, new AddMessageAttributeCodeFix(), "MSG0101");

        Assert.Contains("""
                [Message]
                [Serializable]
                public sealed class OrderPlaced
            """, fixedSource, System.StringComparison.Ordinal);
    }
}
