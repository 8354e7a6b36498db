using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// The one call a snapshot test makes: runs the generator, checks the output compiles without warnings, that a
/// re-run is fully cached and that no step output holds compiler objects, then compares every file with its snapshot.
/// </summary>
internal static class Snapshot
{
    /// <summary>Verifies the generator's output for one source file.</summary>
    public static GeneratorRun Verify(string source, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        Verify([source], references: null, inputHasErrors: false, testFile, testName);

    /// <summary>Verifies the generator's output for input that does not compile: the generator must not throw or add diagnostics.</summary>
    public static GeneratorRun VerifyMalformed(string source, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        Verify([source], references: null, inputHasErrors: true, testFile, testName);

    /// <summary>Verifies the generator's output for several files and extra references.</summary>
    public static GeneratorRun Verify(
        IEnumerable<string> sources,
        IEnumerable<MetadataReference>? references,
        bool inputHasErrors,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "") =>
        Verify(sources, references, inputHasErrors, includeHint: null, testFile, testName);

    /// <summary>
    /// Verifies the generator's output, keeping snapshots only of the files <paramref name="includeHint"/> selects
    /// (compilation, caching and compiler-object checks still cover every file).
    /// </summary>
    public static GeneratorRun Verify(
        IEnumerable<string> sources,
        IEnumerable<MetadataReference>? references,
        bool inputHasErrors,
        Func<string, bool>? includeHint,
        string testFile,
        string testName)
    {
        var run = GeneratorHarness.Run(TestCompilation.Create(sources, extraReferences: references));
        if (inputHasErrors)
        {
            GeneratorHarness.AssertGeneratedCodeAddsNoDiagnostics(run);
        }
        else
        {
            GeneratorHarness.AssertCompilesCleanly(run);
        }

        GeneratorHarness.AssertCachedOnRerun(run);
        GeneratorHarness.AssertNoCompilerObjectsInOutputs(run);
        SnapshotVerifier.Verify(run, testFile, testName, includeHint);
        return run;
    }
}
