using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// <see cref="Snapshot"/> for tests of the handler generator: their inputs declare messages, whose formatters the
/// formatter tests already pin, so only the consumers and the registration are kept as snapshots here.
/// </summary>
internal static class HandlerSnapshot
{
    /// <summary>Verifies the handler generator's output for one source file.</summary>
    public static GeneratorRun Verify(string source, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        Snapshot.Verify([source], references: null, inputHasErrors: false, IsHandlerOutput, testFile, testName);

    /// <summary>Verifies the handler generator's output for input that does not compile.</summary>
    public static GeneratorRun VerifyMalformed(string source, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        Snapshot.Verify([source], references: null, inputHasErrors: true, IsHandlerOutput, testFile, testName);

    /// <summary>Verifies the handler generator's output for several files and extra references.</summary>
    public static GeneratorRun Verify(
        IEnumerable<string> sources,
        IEnumerable<MetadataReference>? references,
        bool inputHasErrors,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "") =>
        Snapshot.Verify(sources, references, inputHasErrors, IsHandlerOutput, testFile, testName);

    private static bool IsHandlerOutput(string hintName) =>
        !hintName.EndsWith(".Formatter.g.cs", StringComparison.Ordinal) && !hintName.EndsWith(".Formatters.g.cs", StringComparison.Ordinal);
}
