using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Messaging.Generators.CodeFixes;

/// <summary>
/// MSG0008: gives a member without <c>[WireKey]</c>, in a message whose other members have one, the next unused index —
/// the usual way a member is added to a message with explicit keys without moving the others on the wire.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingKeyCodeFix)), Shared]
public sealed class AddMissingKeyCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.MixedKeys.Id];

    // Fixing several members at once would hand them the same "next" index; one at a time, each sees the last.
    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span);
        SyntaxNode? member = (SyntaxNode?)node?.FirstAncestorOrSelf<ParameterSyntax>()
            ?? (SyntaxNode?)node?.FirstAncestorOrSelf<PropertyDeclarationSyntax>()
            ?? node?.FirstAncestorOrSelf<FieldDeclarationSyntax>();
        if (root is null || model is null || member?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return;
        }

        var next = KeyIndexes.NextUnused(type, model, context.CancellationToken);

        // Written fully qualified and simplified afterwards: "[WireKey(n)]" when the Messaging namespace is imported.
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::Messaging.WireKey"),
                SyntaxFactory.ParseAttributeArgumentList("(" + next.ToString(CultureInfo.InvariantCulture) + ")"))))
            .WithTrailingTrivia(SyntaxFactory.Space)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var leading = member.GetLeadingTrivia();
        var keyed = member switch
        {
            ParameterSyntax parameter => (SyntaxNode)parameter.WithoutLeadingTrivia().WithAttributeLists(parameter.AttributeLists.Insert(0, list.WithLeadingTrivia(leading))),
            PropertyDeclarationSyntax property => property.WithoutLeadingTrivia().WithAttributeLists(property.AttributeLists.Insert(0, list.WithLeadingTrivia(leading))),
            FieldDeclarationSyntax field => field.WithoutLeadingTrivia().WithAttributeLists(field.AttributeLists.Insert(0, list.WithLeadingTrivia(leading))),
            _ => member,
        };
        context.RegisterCodeFix(
            CodeAction.Create(
                string.Format(CultureInfo.InvariantCulture, "Add [WireKey({0})]", next),
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(member, keyed))),
                nameof(AddMissingKeyCodeFix)),
            context.Diagnostics);
    }
}
