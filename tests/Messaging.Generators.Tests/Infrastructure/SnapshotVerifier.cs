using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated files with committed snapshots: <c>Snapshots/{TestClass}.{Test}#{HintName}.verified.cs</c>, one
/// per generated file, compared byte for byte, and <c>{TestClass}.{Test}.verified.txt</c> for generator diagnostics.
/// </summary>
/// <remarks>
/// A mismatch or a missing snapshot writes <c>*.received.*</c> beside it and fails; a snapshot no longer produced
/// fails too. Accepting is an environment variable, never a switch in source: see README.md.
/// </remarks>
internal static partial class SnapshotVerifier
{
    /// <summary>Set to <c>1</c> to accept the received output as the new snapshots.</summary>
    public const string AcceptVariable = "MESSAGING_ACCEPT_SNAPSHOTS";

    /// <summary>The one command that accepts every changed snapshot.</summary>
    public const string AcceptCommand = "MESSAGING_ACCEPT_SNAPSHOTS=1 dotnet test tests/Messaging.Generators.Tests";

    private const string ScrubbedVersion = "VERSION";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Verifies the files and diagnostics of <paramref name="run"/> against the snapshots of one test.</summary>
    /// <param name="run">The generator run.</param>
    /// <param name="testFilePath">The test's source file; its name is the test class, and <c>Snapshots/</c> sits beside it.</param>
    /// <param name="testName">The test method.</param>
    /// <param name="includeHint">Which generated files the test is about; the others are neither compared nor kept.</param>
    public static void Verify(GeneratorRun run, string testFilePath, string testName, Func<string, bool>? includeHint = null)
    {
        var directory = FindSnapshotDirectory(testFilePath);
        var prefix = Path.GetFileNameWithoutExtension(testFilePath) + "." + testName;
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);

        foreach (var source in run.GeneratedSources)
        {
            if (includeHint is not null && !includeHint(source.HintName))
            {
                continue;
            }

            var stem = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
            var verified = Path.Combine(directory, $"{prefix}#{stem}.verified.cs");
            expected.Add(verified);
            Compare(verified, Scrub(source.SourceText.ToString()), failures);
        }

        var diagnosticsFile = Path.Combine(directory, $"{prefix}.verified.txt");
        if (run.Diagnostics.Length > 0)
        {
            expected.Add(diagnosticsFile);
            var text = string.Join('\n', run.Diagnostics.Select(d => d.ToString())) + "\n";
            Compare(diagnosticsFile, text, failures);
        }

        var stale = Directory.GetFiles(directory, $"{prefix}#*.verified.cs")
            .Append(diagnosticsFile)
            .Where(path => File.Exists(path) && !expected.Contains(path))
            .Order(StringComparer.Ordinal);
        foreach (var path in stale)
        {
            if (Accepting)
            {
                File.Delete(path);
            }
            else
            {
                failures.Add($"{Path.GetFileName(path)}: the test no longer produces this file.");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(
                $"Snapshots of {prefix} do not match:\n  {string.Join("\n  ", failures)}\n" +
                $"Compare each *.received.* with its *.verified.* in {directory}. If the new output is right, accept it with:\n  {AcceptCommand}");
        }
    }

    private static void Compare(string verifiedPath, string actual, List<string> failures)
    {
        var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        var actualBytes = s_utf8.GetBytes(actual);
        if (File.Exists(verifiedPath) && File.ReadAllBytes(verifiedPath).AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(receivedPath);
            return;
        }

        if (Accepting)
        {
            File.WriteAllBytes(verifiedPath, actualBytes);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, actualBytes);
        failures.Add(File.Exists(verifiedPath)
            ? $"{Path.GetFileName(verifiedPath)}: differs (see {Path.GetFileName(receivedPath)})."
            : $"{Path.GetFileName(verifiedPath)}: missing (new output in {Path.GetFileName(receivedPath)}).");
    }

    // The generator's version changes with every release; snapshots should not.
    private static string Scrub(string text) => VersionPattern().Replace(text, $"$1{ScrubbedVersion}$2");

    private static string FindSnapshotDirectory(string testFilePath)
    {
        // [CallerFilePath] is the path at build time. Should a build map source paths (deterministic CI builds do),
        // fall back to finding the project from the test binaries.
        var directory = Path.Combine(Path.GetDirectoryName(testFilePath) ?? string.Empty, "Snapshots");
        if (Directory.Exists(directory))
        {
            return directory;
        }

        for (var current = new DirectoryInfo(AppContext.BaseDirectory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "tests", "Messaging.Generators.Tests", "Snapshots");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No Snapshots folder beside {testFilePath} or above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("""(\[global::System\.CodeDom\.Compiler\.GeneratedCode\("Messaging\.Generators", ")[^"]*("\)\])""")]
    private static partial Regex VersionPattern();
}
