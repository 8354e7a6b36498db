using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Messaging.Generators.Diagnostics;

/// <summary>
/// Reports <c>IMessagePublisher.PublishAsync&lt;T&gt;</c> of a type that is not a <c>[Message]</c> (MSG0212): the
/// publisher takes only registered messages, so the call would throw at run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublisherAnalyzer : DiagnosticAnalyzer
{
    private const string PublisherInterface = "Messaging.IMessagePublisher";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.PublishOfNonMessage];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(PublisherInterface) is not { } publisher
                || start.Compilation.GetTypeByMetadataName(TypeNames.MessageAttribute) is not { } messageAttribute)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, publisher, messageAttribute), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol publisher, INamedTypeSymbol messageAttribute)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "PublishAsync" || method.TypeArguments.Length != 1
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, publisher))
        {
            return;
        }

        // A type parameter is not known here (a wrapper of the application's own is not followed); a type with errors has
        // its own diagnostic. Anything else — a class, an interface, an array — is a message only with [Message].
        var type = method.TypeArguments[0];
        if (type is ITypeParameterSymbol || type.TypeKind == TypeKind.Error || type is INamedTypeSymbol named && IsMessage(named, messageAttribute))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PublishOfNonMessage, invocation.Syntax.GetLocation(),
            type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
    }

    private static bool IsMessage(INamedTypeSymbol type, INamedTypeSymbol messageAttribute)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, messageAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
