using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Messaging.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>Builds compilations the way a consuming project compiles: nullable on, all warnings, XML docs checked.</summary>
internal static class TestCompilation
{
    /// <summary>The options generated trees are parsed with too, so their XML doc comments are checked.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true)
        // Test inputs are public types without docs; everything else a consuming build reports stays on.
        .WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>("CS1591", ReportDiagnostic.Suppress)]);

    /// <summary>The framework, Messaging and Messaging.Abstractions.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>Compiles <paramref name="sources"/> (one tree each) as an assembly named <paramref name="assemblyName"/>.</summary>
    public static CSharpCompilation Create(IEnumerable<string> sources, string assemblyName = "Tests.Contracts", IEnumerable<MetadataReference>? extraReferences = null)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs"));
        var references = extraReferences is null ? References : References.AddRange(extraReferences);
        return CSharpCompilation.Create(assemblyName, trees, references, s_options);
    }

    /// <summary>Parses one more tree with the same options.</summary>
    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The shared framework is where System.Private.CoreLib lives; test-only assemblies (xunit, Roslyn) are left out.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var framework = trusted
            .Where(path => path.Length > 0 && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return
        [
            .. framework.Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(MessagePackWriter).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(MessageAttribute).Assembly.Location),
        ];
    }
}
