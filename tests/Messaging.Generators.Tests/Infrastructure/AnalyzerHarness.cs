using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// Runs Messaging's analyzers over marked-up source (see <see cref="Markup"/>) and checks that exactly the marked
/// diagnostics are reported, on exactly the marked spans; and runs the generators over the same input to check that
/// they stay silent and what they emit compiles.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>Every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [new MessageAnalyzer(), new HandlerAnalyzer(), new PublisherAnalyzer()];

    /// <summary>
    /// Fails unless the Messaging diagnostics on the (compiling) input are exactly the marked ones; returns them in
    /// source order so a test can check severity and message.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(
        string markup, string assemblyName = "Tests.Contracts", IEnumerable<MetadataReference>? extraReferences = null)
    {
        var parsed = Markup.Parse(markup);
        var compilation = TestCompilation.Create([parsed.Source], assemblyName, extraReferences);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException("The test input does not compile:\n" + string.Join('\n', errors));
        }

        var diagnostics = await GetDiagnosticsAsync(compilation);
        var actual = diagnostics.Select(d => $"{d.Id} at {d.Location.SourceSpan} '{parsed.Source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)}'").ToList();
        var expected = parsed.Expected
            .OrderBy(e => e.Span.Start).ThenBy(e => e.Id, System.StringComparer.Ordinal)
            .Select(e => $"{e.Id} at {e.Span} '{parsed.Source.Substring(e.Span.Start, e.Span.Length)}'")
            .ToList();
        if (!expected.SequenceEqual(actual))
        {
            throw new XunitException(
                "Expected:\n  " + string.Join("\n  ", expected) + "\nActual:\n  " + string.Join("\n  ", actual) +
                "\nMessages:\n  " + string.Join("\n  ", diagnostics.Select(d => d.ToString())));
        }

        foreach (var diagnostic in diagnostics)
        {
            Assert.False(diagnostic.Location.IsInSource && diagnostic.Location.SourceTree != compilation.SyntaxTrees[0], "diagnostic outside the input");
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + diagnostic.Id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
        }

        return diagnostics;
    }

    /// <summary>The Messaging diagnostics of <paramref name="compilation"/>, in source order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Compilation compilation)
    {
        var all = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        return
        [
            .. all.Where(d => d.Id.StartsWith("MSG", System.StringComparison.Ordinal))
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, System.StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Runs the generators over the input (markers stripped): they must not throw or report anything, and the input
    /// plus what they emit must compile without any error or warning the input did not have already.
    /// </summary>
    public static GeneratorRun AssertGeneratorSilent(
        string markup, string assemblyName = "Tests.Contracts", IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = TestCompilation.Create([Markup.Parse(markup).Source], assemblyName, extraReferences);
        var run = GeneratorHarness.Run(compilation);
        Assert.Empty(run.Diagnostics);
        GeneratorHarness.AssertGeneratedCodeAddsNoDiagnostics(run);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return run;
    }
}
