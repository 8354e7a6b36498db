using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class RenumberDuplicateKeyCodeFixTests
{
    [Fact]
    public async Task Duplicate_index_becomes_one_past_the_largest_and_no_other_member_moves()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync("""
            using Messaging;

            namespace Shop;

            [Message]
            public sealed class Price
            {
                [WireKey(0)] public decimal Amount { get; set; }

                [WireKey(0)] public string Currency { get; set; } = "";

                [WireKey(2)] public int Precision { get; set; }
            }
            """, new RenumberDuplicateKeyCodeFix(), "MSG0006");

        Assert.Equal("""
            using Messaging;

            namespace Shop;

            [Message]
            public sealed class Price
            {
                [WireKey(0)] public decimal Amount { get; set; }

                [WireKey(3)] public string Currency { get; set; } = "";

                [WireKey(2)] public int Precision { get; set; }
            }
            """, fixedSource);
    }
}
