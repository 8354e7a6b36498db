using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.CodeFixes;

/// <summary>The <c>[WireKey]</c> indexes a message declares, for the fixes that hand out a new one.</summary>
internal static class KeyIndexes
{
    private const string KeyAttribute = "Messaging.WireKeyAttribute";

    /// <summary>One past the largest constant <c>[WireKey(n)]</c> in <paramref name="type"/>, or 0 when it has none.</summary>
    public static int NextUnused(TypeDeclarationSyntax type, SemanticModel model, CancellationToken cancellationToken)
    {
        var next = 0;
        foreach (var attribute in type.DescendantNodes().OfType<AttributeSyntax>())
        {
            if (model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString() == KeyAttribute
                && attribute.ArgumentList?.Arguments.Count == 1
                && model.GetConstantValue(attribute.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: int key }
                && key >= next)
            {
                next = key + 1;
            }
        }

        return next;
    }
}
