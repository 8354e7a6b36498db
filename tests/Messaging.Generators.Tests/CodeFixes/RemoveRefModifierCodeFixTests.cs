using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class RemoveRefModifierCodeFixTests
{
    [Fact]
    public async Task In_modifier_is_removed_and_the_parameter_becomes_a_service()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(int Id);

            public interface IClock { }

            public sealed class Handlers
            {
                [Handler] public void Handle(OrderPlaced order, in IClock clock) { }
            }
            """, new RemoveRefModifierCodeFix(), "MSG0107");

        Assert.Contains("[Handler] public void Handle(OrderPlaced order, IClock clock) { }", fixedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_modifier_is_removed()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderPlaced(int Id);

            public sealed class Handlers
            {
                [Handler] public void Handle(OrderPlaced order, out string note) => note = "";
            }
            """, new RemoveRefModifierCodeFix(), "MSG0107");

        Assert.Contains("[Handler] public void Handle(OrderPlaced order, string note) => note = \"\";", fixedSource, System.StringComparison.Ordinal);
    }
}
