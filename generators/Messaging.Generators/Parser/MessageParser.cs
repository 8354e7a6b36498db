using System;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>The generator's entry into the parser: one <c>[Message]</c> declaration in, a spec or nothing out.</summary>
internal static class MessageParser
{
    /// <summary>Returns the spec of the attributed type, or <see langword="null"/> when it is unsupported or malformed.</summary>
    public static MessageSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        try
        {
            return MessageTypeClassifier.Classify(type, context.SemanticModel.Compilation, cancellationToken).Spec;
        }
#pragma warning disable CA1031 // A generator that throws breaks the whole build (CS8785); half-typed code must yield nothing instead.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
