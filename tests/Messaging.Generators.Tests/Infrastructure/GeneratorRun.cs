using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>The outcome of one generator run: the input, the compilation with generated trees, and what was generated.</summary>
internal sealed record GeneratorRun(
    Compilation Input,
    Compilation Output,
    GeneratorDriver Driver,
    GeneratorRunResult Result)
{
    /// <summary>The generated files, ordered by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources => [.. Result.GeneratedSources.Sort(static (a, b) => string.CompareOrdinal(a.HintName, b.HintName))];
}
