using System.Collections.Immutable;
using System.Composition;
using System.Text;
using System.Threading.Tasks;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.CodeFixes;

/// <summary>
/// MSG0001: puts the types of a file that has no namespace at all into a file-scoped namespace named after the
/// assembly (a block namespace before C# 10), so its messages can be routed.
/// </summary>
/// <remarks>
/// Only offered for files without any namespace or top-level statements: moving some types of a mixed file would
/// change more than the user asked for.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddNamespaceCodeFix)), Shared]
public sealed class AddNamespaceCodeFix : CodeFixProvider
{
    private const string FallbackNamespace = "Contracts";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.MessageWithoutNamespace.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
        {
            return;
        }

        foreach (var member in unit.Members)
        {
            if (member is BaseNamespaceDeclarationSyntax or GlobalStatementSyntax)
            {
                return;
            }
        }

        var name = ToNamespace(context.Document.Project.AssemblyName);
        context.RegisterCodeFix(
            CodeAction.Create($"Declare the file's types in namespace '{name}'", _ => Task.FromResult(context.Document.WithSyntaxRoot(Wrap(unit, name))), nameof(AddNamespaceCodeFix)),
            context.Diagnostics);
    }

    private static CompilationUnitSyntax Wrap(CompilationUnitSyntax unit, string name)
    {
        var members = unit.Members;
        var first = members[0];
        members = members.Replace(first, first.WithLeadingTrivia(StripLeadingBlankLines(first.GetLeadingTrivia())));
        var fileScoped = unit.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp10 };
        BaseNamespaceDeclarationSyntax declaration = fileScoped
            ? SyntaxFactory.FileScopedNamespaceDeclaration(SyntaxFactory.ParseName(name))
                .WithNamespaceKeyword(SyntaxFactory.Token(SyntaxKind.NamespaceKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n")))
                .WithMembers(members)
            : SyntaxFactory.NamespaceDeclaration(SyntaxFactory.ParseName(name)).WithMembers(members).NormalizeWhitespace(eol: "\n");
        var leading = unit.Usings.Count > 0 ? SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine("\n")) : first.GetLeadingTrivia();
        return unit.WithMembers(SyntaxFactory.SingletonList<MemberDeclarationSyntax>(declaration.WithLeadingTrivia(leading)));
    }

    private static SyntaxTriviaList StripLeadingBlankLines(SyntaxTriviaList trivia)
    {
        var index = 0;
        while (index < trivia.Count && (trivia[index].IsKind(SyntaxKind.EndOfLineTrivia) || trivia[index].IsKind(SyntaxKind.WhitespaceTrivia)))
        {
            index++;
        }

        return SyntaxFactory.TriviaList(System.Linq.Enumerable.Skip(trivia, index));
    }

    // The assembly name as a dotted namespace: each part an identifier ("shop-billing.contracts" → "ShopBilling.Contracts").
    private static string ToNamespace(string assemblyName)
    {
        var builder = new StringBuilder(assemblyName.Length);
        foreach (var part in assemblyName.Split('.'))
        {
            var upperNext = true;
            var start = builder.Length;
            foreach (var c in part)
            {
                if (!SyntaxFacts.IsIdentifierPartCharacter(c))
                {
                    upperNext = true;
                    continue;
                }

                if (builder.Length == start && !SyntaxFacts.IsIdentifierStartCharacter(c))
                {
                    builder.Append('_');
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            if (builder.Length > start)
            {
                builder.Append('.');
            }
        }

        return builder.Length == 0 ? FallbackNamespace : builder.ToString(0, builder.Length - 1);
    }
}
