using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>Runs the generator like the compiler does and checks what every snapshot test must hold.</summary>
internal static class GeneratorHarness
{
    /// <summary>Every <see cref="TrackingNames"/> constant: the steps the generator names.</summary>
    public static readonly ImmutableArray<string> StepNames =
    [
        .. typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    // Roslyn's own steps that carry the compilation itself, so they change with every new compilation by design:
    // the input nodes, and the step ForAttributeWithMetadataName pairs the compilation with the matched nodes in.
    // Everything downstream of them must still be Cached or Unchanged.
    private static readonly ImmutableHashSet<string> s_compilationSteps =
    [
        "Compilation", "CompilationOptions", "ParseOptions", "AdditionalTexts", "AnalyzerConfigOptions", "MetadataReferences", "SyntaxTrees",
        "compilationAndGroupedNodes_ForAttributeWithMetadataName",
    ];

    private const string UnrelatedSource = """
        namespace Tests.Unrelated;

        public sealed class NotAMessage
        {
            public int Value { get; set; }
        }
        """;

    /// <summary>A driver over every generator the package ships, recording every step as the caching checks need.</summary>
    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null) => CSharpGeneratorDriver.Create(
        [new MessageSerializerGenerator().AsSourceGenerator(), new HandlerGenerator().AsSourceGenerator(), new ContractGenerator().AsSourceGenerator()],
        parseOptions: parseOptions ?? TestCompilation.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generators over <paramref name="input"/> (continuing <paramref name="driver"/> when given) and fails if one threw.</summary>
    public static GeneratorRun Run(Compilation input, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        var results = driver.GetRunResult().Results;
        foreach (var result in results)
        {
            if (result.Exception is not null)
            {
                throw new XunitException($"The generator {result.Generator.GetGeneratorType().Name} threw: {result.Exception}");
            }
        }

        return new GeneratorRun(input, output, driver, results);
    }

    /// <summary>Fails unless the input plus the generated code compiles with no errors and no warnings.</summary>
    public static void AssertCompilesCleanly(GeneratorRun run)
    {
        var diagnostics = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (diagnostics.Count > 0)
        {
            throw new XunitException("The output compilation has diagnostics:\n" + Describe(diagnostics, run.Output));
        }
    }

    /// <summary>For input that does not compile: fails if the generated code adds any diagnostic of its own.</summary>
    public static void AssertGeneratedCodeAddsNoDiagnostics(GeneratorRun run)
    {
        var before = run.Input.GetDiagnostics().Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        var added = run.Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !before.Contains(d.ToString()))
            .ToList();
        if (added.Count > 0)
        {
            throw new XunitException("The generated code adds diagnostics:\n" + Describe(added, run.Output));
        }
    }

    /// <summary>
    /// Re-runs the driver on a clone of the compilation (every step must be Cached or Unchanged) and on the clone plus
    /// an unrelated file (every named step must be, and the output must not change).
    /// </summary>
    public static void AssertCachedOnRerun(GeneratorRun run)
    {
        var clone = Run(run.Input.Clone(), run.Driver);
        AssertAllStepsCachedOrUnchanged(clone, namedStepsOnly: false);

        var withUnrelatedFile = Run(run.Input.Clone().AddSyntaxTrees(TestCompilation.Parse(UnrelatedSource, "Unrelated.cs")), run.Driver);
        AssertAllStepsCachedOrUnchanged(withUnrelatedFile, namedStepsOnly: true);
        Assert.Equal(
            run.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            withUnrelatedFile.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    /// <summary>
    /// Fails if any step (or, with <paramref name="namedStepsOnly"/>, any step the generator names) produced a New,
    /// Modified or Removed output.
    /// </summary>
    public static void AssertAllStepsCachedOrUnchanged(GeneratorRun run, bool namedStepsOnly)
    {
        var failures = new List<string>();
        foreach (var (name, steps) in run.TrackedSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (s_compilationSteps.Contains(name) || (namedStepsOnly && !StepNames.Contains(name)))
            {
                continue;
            }

            foreach (var (step, stepIndex) in steps.Select((step, i) => (step, i)))
            {
                foreach (var ((_, reason), outputIndex) in step.Outputs.Select((output, i) => (output, i)))
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        failures.Add($"{name}[{stepIndex}] output {outputIndex}: {reason}");
                    }
                }
            }
        }

        foreach (var (name, steps) in run.TrackedOutputSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        failures.Add($"output {name}: {reason}");
                    }
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException("Steps re-ran on an equivalent compilation:\n" + string.Join('\n', failures));
        }
    }

    /// <summary>Fails if any value a named step produced holds (at any depth) a symbol, a syntax node or a compilation.</summary>
    public static void AssertNoCompilerObjectsInOutputs(GeneratorRun run)
    {
        foreach (var name in StepNames)
        {
            if (!run.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    Walk(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
                }
            }
        }
    }

    /// <summary>The outputs of the named step with their reasons, flattened.</summary>
    public static ImmutableArray<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string stepName) =>
        run.TrackedSteps.TryGetValue(stepName, out var steps) ? [.. steps.SelectMany(step => step.Outputs)] : [];

    private static void Walk(object? value, string path, HashSet<object> visited, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree:
                throw new XunitException($"Step output {path} holds a {value.GetType().Name}; only equatable specs may flow through the pipeline.");
            case string or Enum or bool or char or int or long or short or byte or sbyte or uint or ulong or ushort or float or double or decimal:
                return;
        }

        var type = value.GetType();
        if (depth > 64 || (!type.IsValueType && !visited.Add(value)))
        {
            return;
        }

        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Walk(tuple[i], $"{path}.Item{i + 1}", visited, depth + 1);
            }

            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{index++}]", visited, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}", visited, depth + 1);
            }
        }
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics, Compilation compilation)
    {
        var lines = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            lines.Add(diagnostic.ToString());
            var tree = diagnostic.Location.SourceTree;
            if (tree is not null && compilation.SyntaxTrees.Contains(tree))
            {
                var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                lines.Add("    > " + tree.GetText().Lines[line].ToString().Trim());
            }
        }

        return string.Join('\n', lines);
    }
}
