using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class MakeHandlerPublicCodeFixTests
{
    private const string Messages = """
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(int Id);

        """;

    [Fact]
    public async Task Private_static_handler_becomes_public_static()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync(Messages + """
            public static class Handlers
            {
                [Handler] private static void Handle(OrderPlaced order) { }
            }
            """, new MakeHandlerPublicCodeFix(), "MSG0103");

        Assert.Equal(Messages + """
            public static class Handlers
            {
                [Handler] public static void Handle(OrderPlaced order) { }
            }
            """, fixedSource);
    }

    [Fact]
    public async Task Handler_without_modifiers_becomes_public()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync(Messages + """
            public sealed class Handlers
            {
                [Handler]
                void Handle(OrderPlaced order) { }
            }
            """, new MakeHandlerPublicCodeFix(), "MSG0103");

        Assert.Equal(Messages + """
            public sealed class Handlers
            {
                [Handler]
                public void Handle(OrderPlaced order) { }
            }
            """, fixedSource);
    }

    [Fact]
    public async Task Protected_handler_becomes_public()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync(Messages + """
            public class Handlers
            {
                [Handler] protected void Handle(OrderPlaced order) { }
            }
            """, new MakeHandlerPublicCodeFix(), "MSG0103");

        Assert.Contains("[Handler] public void Handle(OrderPlaced order) { }", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_fix_is_offered_for_a_local_function_handler()
    {
        var offered = await CodeFixHarness.OfferedAsync(Messages + """
            public sealed class Handlers
            {
                // Private: a fix that looked at the enclosing method would offer to make Run public.
                private void Run()
                {
                    [Handler] void Handle(OrderPlaced order) { }

                    Handle(new OrderPlaced(1));
                }
            }
            """, new MakeHandlerPublicCodeFix(), "MSG0103");

        Assert.Empty(offered);
    }
}
