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

/// <summary>MSG0107: removes <c>ref</c>, <c>out</c> or <c>in</c> from a handler parameter.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRefModifierCodeFix)), Shared]
public sealed class RemoveRefModifierCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.RefParameter.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<ParameterSyntax>() is not { } parameter)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Pass the parameter by value", _ =>
            {
                var modifiers = default(SyntaxTokenList);
                foreach (var modifier in parameter.Modifiers)
                {
                    if (modifier.Kind() is not (SyntaxKind.RefKeyword or SyntaxKind.OutKeyword or SyntaxKind.InKeyword))
                    {
                        modifiers = modifiers.Add(modifier);
                    }
                }

                var fixedParameter = parameter.WithModifiers(modifiers).WithLeadingTrivia(parameter.GetLeadingTrivia());
                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(parameter, fixedParameter)));
            }, nameof(RemoveRefModifierCodeFix)),
            context.Diagnostics);
    }
}
