using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Messaging.Generators.ContractLock;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>
/// Runs <see cref="ContractLockAnalyzer"/> over sources and a lock written in markup — <c>{|MSG0504:Total|}</c> marks
/// where a diagnostic with that id must be, in a source or in the lock — and checks that exactly the marked
/// diagnostics are reported. Also writes locks the way the build does: through <see cref="ContractGenerator"/>.
/// </summary>
internal static class ContractLockHarness
{
    /// <summary>The lock's path in test compilations (its name is the default, so no metadata is needed).</summary>
    public const string LockPath = "/project/messaging.contract.json";

    /// <summary>
    /// Runs the analyzer over <paramref name="sourceMarkup"/> with <paramref name="lockMarkup"/> as the lock, asserts
    /// that the reported diagnostics are exactly the marked ones (id and span, in the source or the lock), and returns them.
    /// </summary>
    public static ImmutableArray<Diagnostic> Verify(string sourceMarkup, string? lockMarkup, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var source = Markup.Parse(sourceMarkup);
        var lockFile = lockMarkup is null ? null : Markup.Parse(lockMarkup);
        var diagnostics = Analyze(source.Source, lockFile?.Source, globalOptions);

        var expected = source.Expected.Select(s => (s.Id, Path: "Source0.cs", s.Span))
            .Concat(lockFile?.Expected.Select(s => (s.Id, Path: LockPath, s.Span)) ?? [])
            .Select(e => $"{e.Id} {e.Path} {e.Span}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.Location.SourceSpan}")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!expected.SequenceEqual(actual))
        {
            throw new XunitException(
                "Expected diagnostics:\n  " + string.Join("\n  ", expected) +
                "\nActual diagnostics:\n  " + string.Join("\n  ", diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.Location.SourceSpan}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")));
        }

        return diagnostics;
    }

    /// <summary>The analyzer's diagnostics for <paramref name="source"/> with <paramref name="lockText"/> as the lock (none when null).</summary>
    public static ImmutableArray<Diagnostic> Analyze(string source, string? lockText, IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, string>? lockOptions = null, string lockPath = LockPath)
    {
        var compilation = TestCompilation.Create([source]);
        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(compileErrors.Count == 0, "The test source does not compile:\n" + string.Join('\n', compileErrors));

        var additionalFiles = lockText is null ? ImmutableArray<AdditionalText>.Empty : [new InMemoryAdditionalText(lockPath, lockText)];
        var options = new AnalyzerOptions(additionalFiles, new OptionsProvider(globalOptions, lockOptions));
        var analyzers = compilation.WithAnalyzers([new ContractLockAnalyzer()], options);
        return analyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The lock text the build would write for <paramref name="sources"/>: the generator's output, unwrapped as Messaging.targets does.</summary>
    public static string WriteLock(params string[] sources) => WriteLock(sources, extraReferences: null);

    /// <summary>The lock text for <paramref name="sources"/> compiled with <paramref name="extraReferences"/> too.</summary>
    public static string WriteLock(string[] sources, IEnumerable<MetadataReference>? extraReferences)
    {
        var generated = RunContractGenerator(sources, update: true, extraReferences)
            ?? throw new XunitException("The contract generator emitted nothing although the update was requested.");
        var lines = generated.Split('\n');
        var begin = Array.IndexOf(lines, ContractGenerator.BeginMarker);
        var end = Array.IndexOf(lines, ContractGenerator.EndMarker);
        Assert.True(begin >= 0 && end > begin, "The generated contract has no begin and end markers:\n" + generated);
        var text = new StringBuilder();
        foreach (var line in lines[(begin + 1)..end])
        {
            Assert.StartsWith("// ", line, StringComparison.Ordinal);
            text.Append(line, 3, line.Length - 3).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The generated contract file for <paramref name="sources"/>, or <see langword="null"/> when the generator emitted none.</summary>
    public static string? RunContractGenerator(string[] sources, bool update, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = TestCompilation.Create(sources, extraReferences: extraReferences);
        var globalOptions = update ? new Dictionary<string, string> { [ContractLockAnalyzer.UpdateProperty] = "true" } : null;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ContractGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            optionsProvider: new OptionsProvider(globalOptions, null));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return result.GeneratedSources.SingleOrDefault(s => s.HintName == ContractGenerator.HintName).SourceText?.ToString();
    }

    /// <summary>A lock file's text held in memory.</summary>
    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>MSBuild's view as the compiler gets it: <c>build_property.*</c> globally, <c>build_metadata.*</c> per additional file.</summary>
    private sealed class OptionsProvider(IReadOnlyDictionary<string, string>? global, IReadOnlyDictionary<string, string>? perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(perFile);
    }

    private sealed class Options(IReadOnlyDictionary<string, string>? values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = null;
            return values is not null && values.TryGetValue(key, out value);
        }
    }
}
