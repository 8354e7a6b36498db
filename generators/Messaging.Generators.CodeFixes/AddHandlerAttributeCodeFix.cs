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

/// <summary>MSG0116: adds <c>[Handler]</c> to a method that has <c>[Retry]</c> or <c>[Idempotent]</c> without it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHandlerAttributeCodeFix)), Shared]
public sealed class AddHandlerAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.HandlerOnlyAttributeWithoutHandler.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is not { Parent: AttributeListSyntax list } attribute)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Add [Handler]", _ =>
            {
                // Beside the attribute that needs it, written fully qualified and simplified: "[Handler, Retry(3)]".
                var handler = SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::Messaging.Handler")).WithAdditionalAnnotations(Simplifier.Annotation);
                var fixedList = list.WithAttributes(list.Attributes.Insert(list.Attributes.IndexOf(attribute), handler));
                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(list, fixedList)));
            }, nameof(AddHandlerAttributeCodeFix)),
            context.Diagnostics);
    }
}
