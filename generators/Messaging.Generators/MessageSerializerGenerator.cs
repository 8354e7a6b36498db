using Messaging.Generators.Emitter;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators;

/// <summary>
/// Emits a reflection-free MessagePack formatter for every <c>[Message]</c> type, and one per-assembly registry that
/// registers them from a module initializer.
/// </summary>
/// <remarks>
/// The pipeline only wires steps; <see cref="MessageParser"/> turns symbols into specs and
/// <see cref="MessageSerializerEmitter"/> turns specs into text. Only specs (strings, flags, equatable arrays) flow
/// between steps, so editing unrelated code re-runs nothing past the attribute lookup.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class MessageSerializerGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var messages = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TypeNames.MessageAttribute,
                static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => MessageParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.MessageTypes);

        // Which messages get a formatter needs every message (duplicates, references to unsupported ones); the set
        // holds names only, so it stays Unchanged while members are edited.
        var messageSet = messages
            .Collect()
            .WithTrackingName(TrackingNames.CollectedMessages)
            .Select(static (specs, _) => MessageSetResolver.Resolve(specs))
            .WithTrackingName(TrackingNames.MessageSet);

        // A netstandard2.0 contracts assembly lacks a few framework types the net10.0 emission uses; the facts are
        // three flags, so they stay Unchanged on every edit.
        var targetFacts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFactsReader.ReadTargetFacts(compilation))
            .WithTrackingName(TrackingNames.TargetFacts);

        // Formatters stay per declaration: an edit re-emits only the edited message's file.
        var formatters = messages
            .Combine(messageSet)
            .WithTrackingName(TrackingNames.FormatterInputs)
            .Select(static (pair, _) => MessageSetResolver.Filter(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Formatters)
            .Combine(targetFacts)
            .WithTrackingName(TrackingNames.FormatterTargets);
        context.RegisterSourceOutput(formatters, static (output, pair) => MessageSerializerEmitter.EmitFormatter(output, pair.Left, pair.Right));

        // The assembly name and the registrations of referenced contracts assemblies (read from their assembly
        // attribute), so this assembly's module initializer registers their formatters too.
        var registryFacts = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => CompilationFactsReader.ReadRegistryFacts(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.AssemblyName);
        var registry = messageSet
            .Combine(registryFacts)
            .WithTrackingName(TrackingNames.RegistryInputs)
            .Select(static (pair, _) => MessageSetResolver.CreateRegistry(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Registry);
        context.RegisterSourceOutput(registry, static (output, spec) => MessageSerializerEmitter.EmitRegistry(output, spec));
    }
}
