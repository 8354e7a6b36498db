using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.CodeFixes;

/// <summary>MSG0103: makes a private or protected handler method public, so its generated consumer can call it.</summary>
/// <remarks>A handler hidden by its type (nested in a private class, file-local) is left to the user: the type's design is theirs.</remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeHandlerPublicCodeFix)), Shared]
public sealed class MakeHandlerPublicCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.InaccessibleHandler.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        // A [Handler] on a local function or lambda cannot be made public; the enclosing method is not the handler.
        var node = root?.FindNode(context.Span);
        if (node is null || node.FirstAncestorOrSelf<LocalFunctionStatementSyntax>() is not null || node.FirstAncestorOrSelf<LambdaExpressionSyntax>() is not null
            || node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method || !HasNarrowAccessibility(method.Modifiers))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Make the handler public", _ =>
            {
                // "public" takes the place (and leading trivia) of the first modifier, or of the return type when
                // there is none; the other modifiers (static, async...) follow it.
                var leading = method.Modifiers.Count > 0 ? method.Modifiers[0].LeadingTrivia : method.ReturnType.GetLeadingTrivia();
                var modifiers = new List<SyntaxToken> { SyntaxFactory.Token(SyntaxKind.PublicKeyword).WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.Space) };
                foreach (var modifier in method.Modifiers)
                {
                    if (!IsAccessibility(modifier))
                    {
                        modifiers.Add(modifier.WithLeadingTrivia());
                    }
                }

                var fixedMethod = method.WithModifiers(SyntaxFactory.TokenList(modifiers));
                if (method.Modifiers.Count == 0)
                {
                    fixedMethod = fixedMethod.WithReturnType(fixedMethod.ReturnType.WithoutLeadingTrivia());
                }

                return Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(method, fixedMethod)));
            }, nameof(MakeHandlerPublicCodeFix)),
            context.Diagnostics);
    }

    private static bool IsAccessibility(SyntaxToken token) =>
        token.Kind() is SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PublicKeyword;

    private static bool HasAccessibility(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (IsAccessibility(modifier))
            {
                return true;
            }
        }

        return false;
    }

    // No modifier at all is private too.
    private static bool HasNarrowAccessibility(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.Kind() is SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword)
            {
                return true;
            }
        }

        return !HasAccessibility(modifiers);
    }
}
