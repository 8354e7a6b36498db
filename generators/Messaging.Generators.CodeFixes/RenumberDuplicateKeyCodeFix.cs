using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.CodeFixes;

/// <summary>
/// MSG0006: gives a member whose <c>[WireKey]</c> index is taken the next unused one (one past the largest in the type),
/// so no other member moves on the wire.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenumberDuplicateKeyCodeFix)), Shared]
public sealed class RenumberDuplicateKeyCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.DuplicateKey.Id];

    // Fixing several duplicates at once would hand them the same "next" index; one at a time, each sees the last.
    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not ExpressionSyntax argument
            || argument.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type
            || model is null)
        {
            return;
        }

        var next = KeyIndexes.NextUnused(type, model, context.CancellationToken);

        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(next)).WithTriviaFrom(argument);
        context.RegisterCodeFix(
            CodeAction.Create(
                string.Format(CultureInfo.InvariantCulture, "Use the unused index {0}", next),
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(argument, literal))),
                nameof(RenumberDuplicateKeyCodeFix)),
            context.Diagnostics);
    }
}
