using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class AsyncVoidHandlerCodeFixTests
{
    [Fact]
    public async Task Async_void_handler_returns_Task_after_the_fix()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using System.Threading.Tasks;
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public async void Handle(OrderPlaced order) => await Task.Yield();
            }
            """, new AsyncVoidHandlerCodeFix(), "MSG0106");

        Assert.Equal("""
            using System.Threading.Tasks;
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public async Task Handle(OrderPlaced order) => await Task.Yield();
            }
            """, fixedSource);
    }

    [Fact]
    public async Task Without_the_tasks_namespace_imported_the_fix_qualifies_Task()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public async void Handle(OrderPlaced order) { await System.Threading.Tasks.Task.Yield(); }
            }
            """, new AsyncVoidHandlerCodeFix(), "MSG0106");

        Assert.Contains("[Handler] public async System.Threading.Tasks.Task Handle(OrderPlaced order)", fixedSource, System.StringComparison.Ordinal);
    }
}
