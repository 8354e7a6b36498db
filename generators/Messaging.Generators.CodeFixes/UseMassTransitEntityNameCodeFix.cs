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

/// <summary>
/// MSG0016: gives <c>[Message]</c> the entity name MassTransit services of the same contract use — the
/// <c>[EntityName]</c>, or no argument when that is the default namespace:type name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseMassTransitEntityNameCodeFix)), Shared]
public sealed class UseMassTransitEntityNameCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.MassTransitEntityNameIgnored.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MessageAnalyzer.MassTransitEntityName, out var name) || name is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
            {
                continue;
            }

            var isDefault = diagnostic.Properties.TryGetValue(MessageAnalyzer.IsDefaultEntityName, out var flag) && flag == "true";
            context.RegisterCodeFix(
                CodeAction.Create(isDefault ? "Use the default entity name MassTransit uses" : $"Use the entity name '{name}' in [Message]", _ =>
                {
                    // Named arguments (DirectExchange = ...) stay; the positional entity name is replaced, added or dropped.
                    var arguments = SyntaxFactory.SeparatedList<AttributeArgumentSyntax>();
                    if (!isDefault)
                    {
                        arguments = arguments.Add(SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))));
                    }

                    foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
                    {
                        if (argument.NameEquals is not null)
                        {
                            arguments = arguments.Add(argument);
                        }
                    }

                    var fixedAttribute = attribute.WithArgumentList(arguments.Count == 0 ? null : SyntaxFactory.AttributeArgumentList(arguments));
                    return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, fixedAttribute)));
                }, nameof(UseMassTransitEntityNameCodeFix)),
                diagnostic);
        }
    }
}
