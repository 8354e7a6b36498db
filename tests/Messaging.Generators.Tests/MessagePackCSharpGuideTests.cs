using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>The C# blocks of docs/guides/messagepack-csharp.md compile together, with the generator, as a user copies them.</summary>
public sealed partial class MessagePackCSharpGuideTests
{
    [Fact]
    public void The_guide_s_code_compiles_with_the_generator_and_no_diagnostics()
    {
        var guide = File.ReadAllText(Path.Combine(DotnetCli.FindRepository(), "docs", "guides", "messagepack-csharp.md"));
        var blocks = CSharpBlock().Matches(guide).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(3, blocks.Count);

        var run = GeneratorHarness.Run(TestCompilation.Create(blocks, "Shop.Shipping", TestCompilation.MessagePackCSharpReferences));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(run.GeneratedSources, source => source.HintName == "Shop.Shipping.ShipmentBooked.Formatter.g.cs");
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
