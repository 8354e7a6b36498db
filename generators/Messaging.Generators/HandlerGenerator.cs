using Messaging.Generators.Emitter;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators;

/// <summary>
/// Emits a MassTransit consumer for every <c>[Handler]</c> method, and one per-assembly <c>Add{Assembly}()</c>
/// extension on <c>MessagingBuilder</c> that registers the routes of the assembly's messages, its handler classes and
/// its consumers with explicit generic calls.
/// </summary>
/// <remarks>
/// The pipeline only wires steps; <see cref="HandlerParser"/> and <see cref="MessageRouteParser"/> turn symbols into
/// specs and <see cref="HandlerEmitter"/> turns specs into text. Only specs flow between steps, so editing a handler's
/// body re-runs nothing past the attribute lookup, and changing a handler's settings re-emits the registration but
/// not the consumers.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class HandlerGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var handlers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeNames.HandlerAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntax, cancellationToken) => HandlerParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.HandlerMethods);

        var collectedHandlers = handlers
            .Collect()
            .WithTrackingName(TrackingNames.CollectedHandlers);

        var facts = context.CompilationProvider
            .Select(static (compilation, _) => HandlerSetResolver.CreateFacts(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // Which consumers are emitted needs every handler (name collisions); the set holds names only, so it stays
        // Unchanged while handler bodies and settings are edited.
        var handlerSet = collectedHandlers
            .Combine(facts)
            .WithTrackingName(TrackingNames.HandlerSetInputs)
            .Select(static (pair, _) => HandlerSetResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.HandlerSet);

        // Consumers stay per method: an edit re-emits only the edited handler's file, and only when its consumer changes.
        var consumers = handlers
            .Combine(handlerSet)
            .WithTrackingName(TrackingNames.ConsumerInputs)
            .Select(static (pair, _) => HandlerSetResolver.Filter(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Consumers);
        context.RegisterSourceOutput(consumers, static (output, spec) => HandlerEmitter.EmitConsumer(output, spec));

        var routes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeNames.MessageAttribute,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => MessageRouteParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.MessageRoutes)
            .Collect()
            .WithTrackingName(TrackingNames.CollectedMessageRoutes);

        // The runtime refuses to start a bus with a route whose message has no formatter, so the registration leaves
        // out the messages of this assembly that the serializer generator leaves out (colliding formatter names,
        // unsupported members, references to such messages). Same parser and resolver, so the two cannot disagree;
        // the set holds names only, so editing a message's members leaves it Unchanged.
        var formattedMessages = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeNames.MessageAttribute,
                static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => MessageParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.FormattedMessageTypes)
            .Collect()
            .WithTrackingName(TrackingNames.CollectedFormattedMessages)
            .Select(static (specs, _) => MessageSetResolver.Resolve(specs))
            .WithTrackingName(TrackingNames.FormattedMessageSet);

        var registration = collectedHandlers
            .Combine(handlerSet)
            .WithTrackingName(TrackingNames.RegistrationHandlers)
            .Combine(routes)
            .WithTrackingName(TrackingNames.RegistrationRoutes)
            .Combine(formattedMessages)
            .WithTrackingName(TrackingNames.RegistrationFormattedMessages)
            .Combine(facts)
            .WithTrackingName(TrackingNames.RegistrationInputs)
            .Select(static (inputs, _) => HandlerSetResolver.CreateRegistration(
                inputs.Left.Left.Left.Left, inputs.Left.Left.Left.Right, inputs.Left.Left.Right, inputs.Left.Right, inputs.Right))
            .WithTrackingName(TrackingNames.Registration);
        context.RegisterSourceOutput(registration, static (output, spec) => HandlerEmitter.EmitRegistration(output, spec));
    }
}
