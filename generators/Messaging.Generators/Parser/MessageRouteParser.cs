using System;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>The handler generator's entry for <c>[Message]</c> declarations: one type in, its route or nothing out.</summary>
internal static class MessageRouteParser
{
    /// <summary>Returns the route of the attributed type, or <see langword="null"/> when it cannot have one or is malformed.</summary>
    public static MessageRouteSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return MessageRouteClassifier.Classify(type, context.SemanticModel.Compilation).Spec;
        }
#pragma warning disable CA1031 // A generator that throws breaks the whole build (CS8785); half-typed code must yield nothing instead.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
