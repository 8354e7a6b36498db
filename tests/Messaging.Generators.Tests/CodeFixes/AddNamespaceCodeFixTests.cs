using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class AddNamespaceCodeFixTests
{
    [Fact]
    public async Task File_without_a_namespace_gets_one_named_after_the_assembly()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            [Message] public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public void Handle(OrderPlaced order) { }
            }
            """, new AddNamespaceCodeFix(), "MSG0001", assemblyName: "shop-billing.contracts");

        Assert.Equal("""
            using Messaging;

            namespace ShopBilling.Contracts;

            [Message] public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public void Handle(OrderPlaced order) { }
            }
            """, fixedSource);
    }
}
