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
/// MSG0211: turns <c>Send(message)</c> of a message several queues handle into <c>Publish(message)</c>, which reaches
/// every one of them.
/// </summary>
/// <remarks>
/// Offered only where publishing reaches every handling queue (no handler binds by key or headers, and the message is
/// not routed by key) and the call still binds as a <c>Publish</c> (the receiver is an <c>IPublishEndpoint</c> —
/// <c>IBus</c>, <c>ConsumeContext</c> — and the other arguments fit a publish overload); sending to one queue's exchange
/// instead is the user's choice of queue. A publish also reaches other services' queues subscribed to the message.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PublishInsteadOfSendCodeFix)), Shared]
public sealed class PublishInsteadOfSendCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.SendWithoutConvention.Id];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        // A publish that some queue's binding or the message's routing key could filter would not reach every queue.
        if (!context.Diagnostics[0].Properties.TryGetValue(HandlerAnalyzer.PublishReachesEveryQueue, out var reaches) || reaches != "true")
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not
            { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Send" } access } invocation)
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var publish = invocation.WithExpression(access.WithName(Rename(access.Name)));
        if (model?.GetSpeculativeSymbolInfo(invocation.SpanStart, publish, SpeculativeBindingOption.BindAsExpression).Symbol is not IMethodSymbol { Name: "Publish" })
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Publish it to every queue that handles it",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, publish))),
                nameof(PublishInsteadOfSendCodeFix)),
            context.Diagnostics);
    }

    // Send -> Publish, Send<T> -> Publish<T>, keeping the name's trivia.
    private static SimpleNameSyntax Rename(SimpleNameSyntax name)
    {
        var identifier = SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, "Publish", name.Identifier.TrailingTrivia);
        return name is GenericNameSyntax generic ? generic.WithIdentifier(identifier) : SyntaxFactory.IdentifierName(identifier);
    }
}
