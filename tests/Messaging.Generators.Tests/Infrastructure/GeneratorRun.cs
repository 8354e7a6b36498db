using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// The outcome of one run of every generator in the assembly: the input, the compilation with generated trees, and
/// what each generator generated and tracked.
/// </summary>
internal sealed record GeneratorRun(
    Compilation Input,
    Compilation Output,
    GeneratorDriver Driver,
    ImmutableArray<GeneratorRunResult> Results)
{
    /// <summary>The generated files of every generator, ordered by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources =>
        [.. Results.SelectMany(result => result.GeneratedSources).OrderBy(source => source.HintName, System.StringComparer.Ordinal)];

    /// <summary>The diagnostics every generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. Results.SelectMany(result => result.Diagnostics)];

    /// <summary>The tracked steps of every generator, by name (the generators name their steps apart).</summary>
    public ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps => Merge(Results.Select(result => result.TrackedSteps));

    /// <summary>The tracked output steps of every generator, by name.</summary>
    public ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedOutputSteps => Merge(Results.Select(result => result.TrackedOutputSteps));

    /// <summary>The text of the generated file named <paramref name="hintName"/>.</summary>
    public string Source(string hintName) => GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    private static ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Merge(
        IEnumerable<ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>>> dictionaries)
    {
        var merged = new Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>>(System.StringComparer.Ordinal);
        foreach (var dictionary in dictionaries)
        {
            foreach (var (name, steps) in dictionary)
            {
                merged[name] = merged.TryGetValue(name, out var existing) ? existing.AddRange(steps) : steps;
            }
        }

        return merged.ToImmutableDictionary(System.StringComparer.Ordinal);
    }
}
