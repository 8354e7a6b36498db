using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// Applies a code fix the way an IDE does: the analyzers report on a document of an <see cref="AdhocWorkspace"/>
/// project, the provider registers its action for the first diagnostic of an id, and the action's changes (simplified
/// and formatted as the IDE would) are applied. The fixed project must compile with no errors, the generators must
/// stay silent on it, and the fixed diagnostic must be gone.
/// </summary>
internal static class CodeFixHarness
{
    /// <summary>The titles of the actions <paramref name="provider"/> offers for the first <paramref name="diagnosticId"/> in <paramref name="source"/>.</summary>
    public static async Task<IReadOnlyList<string>> OfferedAsync(string source, CodeFixProvider provider, string diagnosticId)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostic) = await CreateAsync(workspace, source, diagnosticId, "Tests.Contracts");
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.Select(action => action.Title).ToList();
    }

    /// <summary>Applies <paramref name="provider"/> to the first <paramref name="diagnosticId"/> in <paramref name="source"/> and returns the fixed text.</summary>
    public static async Task<string> ApplyAsync(string source, CodeFixProvider provider, string diagnosticId, string assemblyName = "Tests.Contracts")
    {
        Assert.Contains(diagnosticId, provider.FixableDiagnosticIds);
        using var workspace = new AdhocWorkspace();
        var (document, diagnostic) = await CreateAsync(workspace, source, diagnosticId, assemblyName);
        var projectId = document.Project.Id;
        var documentId = document.Id;
        var before = await AnalyzerHarness.GetDiagnosticsAsync((await document.Project.GetCompilationAsync())!);

        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var fix = Assert.Single(actions);
        var operations = await fix.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;

        var compilation = (await changed.GetProject(projectId)!.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException("The fixed code does not compile:\n" + string.Join('\n', errors) + "\n" + (await changed.GetDocument(documentId)!.GetTextAsync()));
        }

        var after = await AnalyzerHarness.GetDiagnosticsAsync(compilation);
        Assert.Equal(before.Count(d => d.Id == diagnosticId) - 1, after.Count(d => d.Id == diagnosticId));

        var run = GeneratorHarness.Run(compilation);
        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return (await changed.GetDocument(documentId)!.GetTextAsync()).ToString();
    }

    private static async Task<(Document Document, Diagnostic Diagnostic)> CreateAsync(AdhocWorkspace workspace, string source, string diagnosticId, string assemblyName)
    {
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, assemblyName, assemblyName, LanguageNames.CSharp,
                compilationOptions: TestCompilation.Options, parseOptions: TestCompilation.ParseOptions, metadataReferences: TestCompilation.References))
            .AddDocument(documentId, "Source0.cs", source);
        var document = solution.GetDocument(documentId)!;
        var diagnostics = await AnalyzerHarness.GetDiagnosticsAsync((await document.Project.GetCompilationAsync())!);
        var diagnostic = diagnostics.FirstOrDefault(d => d.Id == diagnosticId)
            ?? throw new XunitException($"No {diagnosticId} to fix; reported: {string.Join(", ", diagnostics.Select(d => d.Id))}");
        return (document, diagnostic);
    }
}
