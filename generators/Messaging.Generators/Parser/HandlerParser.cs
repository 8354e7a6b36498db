using System;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>The handler generator's entry for <c>[Handler]</c> methods: one method in, a spec or nothing out.</summary>
internal static class HandlerParser
{
    /// <summary>Returns the spec of the attributed method, or <see langword="null"/> when it is skipped or malformed.</summary>
    public static HandlerSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method)
        {
            return null;
        }

        try
        {
            return HandlerClassifier.Classify(method, context.SemanticModel.Compilation, cancellationToken).Spec;
        }
#pragma warning disable CA1031 // A generator that throws breaks the whole build (CS8785); half-typed code must yield nothing instead.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
