using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.CodeFixes;

/// <summary>
/// MSG0017: removes a <c>[WireKey]</c> from a member that is not serialized (it marks a position that carries nothing).
/// The diagnostic is reported on the attribute itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAttributeCodeFix)), Shared]
public sealed class RemoveAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.KeyOnUnserializedMember.Id];

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
            CodeAction.Create("Remove [WireKey]", _ =>
            {
                // The whole list when [WireKey] is alone in it ("[WireKey(3)]"), else only the attribute ("[WireKey(3), Obsolete]").
                var updated = list.Attributes.Count == 1 ? RemoveList(root, list) : root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia);
                return Task.FromResult(updated is null ? context.Document : context.Document.WithSyntaxRoot(updated));
            }, nameof(RemoveAttributeCodeFix)),
            context.Diagnostics);
    }

    // The list and the space after it go; the member keeps the list's indentation (and comments) when the list began it.
    private static SyntaxNode? RemoveList(SyntaxNode root, AttributeListSyntax list)
    {
        if (list.Parent is not { } owner)
        {
            return root;
        }

        var updated = owner.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia);
        if (updated is null)
        {
            return root;
        }

        if (list.GetFirstToken() == owner.GetFirstToken())
        {
            updated = updated.WithLeadingTrivia(list.GetLeadingTrivia());
        }

        return root.ReplaceNode(owner, updated);
    }
}
