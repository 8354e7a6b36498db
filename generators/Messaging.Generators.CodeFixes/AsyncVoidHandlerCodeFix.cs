using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Messaging.Generators.CodeFixes;

/// <summary>MSG0106: turns an <c>async void</c> handler into <c>async Task</c>, so the consumer awaits it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncVoidHandlerCodeFix)), Shared]
public sealed class AsyncVoidHandlerCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.AsyncVoidHandler.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Return Task", _ =>
            {
                // Written fully qualified and simplified afterwards: "Task" when System.Threading.Tasks is imported.
                var task = SyntaxFactory.ParseTypeName("global::System.Threading.Tasks.Task")
                    .WithTriviaFrom(method.ReturnType)
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method.ReturnType, task)));
            }, nameof(AsyncVoidHandlerCodeFix)),
            context.Diagnostics);
    }
}
