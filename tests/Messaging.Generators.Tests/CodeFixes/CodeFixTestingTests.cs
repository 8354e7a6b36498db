using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

/// <summary>
/// Code fixes checked with Roslyn's own test framework (Microsoft.CodeAnalysis.CSharp.CodeFix.Testing): the analyzer
/// reports exactly the marked spans before the fix, the fixed source is exactly the expected text, and nothing is
/// reported after it (the framework also checks that Fix All gives the same result). The snapshot and caching harness
/// of the generators stays ours.
/// </summary>
public sealed class CodeFixTestingTests
{
    [Fact]
    public Task WireKey_on_members_that_are_not_serialized_is_removed_by_the_fix() => VerifyAsync<MessageAnalyzer, RemoveAttributeCodeFix>(
        """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Invoice
        {
            [WireKey(0)] public int Number { get; set; }

            [{|MSG0017:WireKey(1)|}] internal string Secret { get; set; } = "";

            [{|MSG0017:WireKey(2)|}, System.Obsolete] public static int Version { get; set; }
        }
        """,
        """
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Invoice
        {
            [WireKey(0)] public int Number { get; set; }

            internal string Secret { get; set; } = "";

            [System.Obsolete] public static int Version { get; set; }
        }
        """);

    private static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            // The running runtime's own reference assemblies: nothing is downloaded while the tests run.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        var framework = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", System.StringComparison.Ordinal) || name == "netstandard.dll"))
            .Append(typeof(MessageAttribute).Assembly.Location)
            .Distinct(System.StringComparer.Ordinal);
        test.TestState.AdditionalReferences.AddRange(framework.Select(path => MetadataReference.CreateFromFile(path)));
        return test.RunAsync();
    }
}
