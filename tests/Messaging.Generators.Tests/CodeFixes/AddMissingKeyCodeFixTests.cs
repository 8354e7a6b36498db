using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class AddMissingKeyCodeFixTests
{
    [Fact]
    public async Task Member_added_without_a_key_gets_the_next_index()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            [Message]
            public sealed class Price
            {
                [WireKey(0)] public decimal Amount { get; set; }

                [WireKey(3)] public string Currency { get; set; } = "";

                public int Precision { get; set; }
            }
            """, new AddMissingKeyCodeFix(), "MSG0008");

        Assert.Equal("""
            using Messaging;

            namespace Shop;

            [Message]
            public sealed class Price
            {
                [WireKey(0)] public decimal Amount { get; set; }

                [WireKey(3)] public string Currency { get; set; } = "";

                [WireKey(4)]
                public int Precision { get; set; }
            }
            """, fixedSource);
    }

    [Fact]
    public async Task Positional_record_parameter_gets_the_key_on_the_parameter()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            [Message] public sealed record Price([WireKey(0)] decimal Amount, string Currency);
            """, new AddMissingKeyCodeFix(), "MSG0008");

        Assert.Equal("""
            using Messaging;

            namespace Shop;

            [Message] public sealed record Price([WireKey(0)] decimal Amount, [WireKey(1)] string Currency);
            """, fixedSource);
    }
}
