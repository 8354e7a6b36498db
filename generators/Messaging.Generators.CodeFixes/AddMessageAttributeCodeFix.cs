using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Messaging.Generators.CodeFixes;

/// <summary>MSG0101: adds <c>[Message]</c> to the class or record a handler takes, when it is declared in the solution.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMessageAttributeCodeFix)), Shared]
public sealed class AddMessageAttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.HandlerParameterNotMessage.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not TypeSyntax typeSyntax
            || model?.GetTypeInfo(typeSyntax, context.CancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type
            || type.DeclaringSyntaxReferences.Length == 0)
        {
            return;
        }

        var reference = type.DeclaringSyntaxReferences[0];
        var document = context.Document.Project.Solution.GetDocument(reference.SyntaxTree);
        if (document is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create($"Add [Message] to '{type.Name}'", cancellationToken => AddAttributeAsync(document, reference, cancellationToken), nameof(AddMessageAttributeCodeFix)),
            context.Diagnostics);
    }

    private static async Task<Solution> AddAttributeAsync(Document document, SyntaxReference reference, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
        {
            return document.Project.Solution;
        }

        // Written fully qualified and simplified afterwards: "[Message]" when the Messaging namespace is imported.
        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::Messaging.Message"))))
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? leading[leading.Count - 1] : default;
        var annotated = declaration.WithoutLeadingTrivia()
            .WithAttributeLists(declaration.AttributeLists.Insert(0, attribute.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"))));
        if (declaration.AttributeLists.Count > 0)
        {
            annotated = annotated.WithAttributeLists(annotated.AttributeLists.Replace(annotated.AttributeLists[1], annotated.AttributeLists[1].WithLeadingTrivia(indentation)));
        }
        else
        {
            annotated = annotated.WithModifiers(annotated.Modifiers.Count > 0
                ? annotated.Modifiers.Replace(annotated.Modifiers[0], annotated.Modifiers[0].WithLeadingTrivia(indentation))
                : annotated.Modifiers);
            if (declaration.Modifiers.Count == 0)
            {
                annotated = annotated.WithKeyword(annotated.Keyword.WithLeadingTrivia(indentation));
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNode(declaration, annotated)).Project.Solution;
    }
}
