using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Messaging.Generators.Model;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Messaging.Generators.Diagnostics;

/// <summary>
/// Reports why a <c>[Message]</c> type gets no formatter or no route (MSG0001–MSG0013, MSG0201–MSG0205), using the
/// same classifiers the generators use, so a diagnostic is reported exactly when the generator skips something.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessageAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.MessageWithoutNamespace,
        DiagnosticDescriptors.StructMessage,
        DiagnosticDescriptors.GenericMessage,
        DiagnosticDescriptors.MessageNotInstantiable,
        DiagnosticDescriptors.UnserializableMember,
        DiagnosticDescriptors.DuplicateKey,
        DiagnosticDescriptors.InvalidKey,
        DiagnosticDescriptors.MixedKeys,
        DiagnosticDescriptors.NoUsableConstructor,
        DiagnosticDescriptors.RequiredMemberNotSettable,
        DiagnosticDescriptors.MemberNotSerialized,
        DiagnosticDescriptors.InaccessibleMessage,
        DiagnosticDescriptors.FormatterNameCollision,
        DiagnosticDescriptors.DependsOnUnsupportedMessage,
        DiagnosticDescriptors.DuplicateRoutingKey,
        DiagnosticDescriptors.InvalidRoutingKeyMember,
        DiagnosticDescriptors.DuplicateEntityName,
        DiagnosticDescriptors.InvalidEntityName,
        DiagnosticDescriptors.InvalidMessageUrn,
    ];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(TypeNames.MessageAttribute) is null)
            {
                return;
            }

            var declared = new List<DeclaredMessage>();
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, declared), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => AnalyzeSet(end, declared));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, List<DeclaredMessage> declared)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = type.FindAttribute(TypeNames.MessageAttribute);
        if (attribute is null)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var identifier = DiagnosticLocations.Identifier(type) ?? Location.None;
        var classification = MessageTypeClassifier.Classify(type, context.Compilation, cancellationToken);
        var inaccessible = false;
        foreach (var reason in classification.Reasons)
        {
            inaccessible |= reason.Kind == UnsupportedReasonKind.Inaccessible;
            context.ReportDiagnostic(ToDiagnostic(type, reason, identifier, cancellationToken));
        }

        if (classification.Spec is { } spec)
        {
            ReportUnserializedMembers(context, type, spec.Members);
        }

        string? entityName = null;
        if (type.TypeKind == TypeKind.Struct && !type.IsRefLikeType)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StructMessage, identifier, type.Name));
        }
        else if (type.TypeKind == TypeKind.Class)
        {
            var route = MessageRouteClassifier.Classify(type, context.Compilation);
            foreach (var reason in route.Reasons)
            {
                if (ToDiagnostic(type, attribute, reason, identifier, inaccessible, cancellationToken) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }

            entityName = route.Spec?.EntityName;
        }

        if (classification.Spec is not null || entityName is not null)
        {
            var location = (attribute.ConstructorArguments.Length == 1 ? DiagnosticLocations.PositionalArgument(attribute, 0, cancellationToken) : null) ?? identifier;
            lock (declared)
            {
                declared.Add(new DeclaredMessage(type.ToDisplayString(), identifier, classification.Spec, entityName, location));
            }
        }
    }

    private static Diagnostic ToDiagnostic(INamedTypeSymbol type, UnsupportedReason reason, Location identifier, CancellationToken cancellationToken)
    {
        switch (reason.Kind)
        {
            case UnsupportedReasonKind.NotAClassOrStruct:
                var what = type.IsStatic ? "is static" : type.IsRefLikeType ? "is a ref struct" : "is not a class, record or struct";
                return Diagnostic.Create(DiagnosticDescriptors.MessageNotInstantiable, identifier, type.Name, what);
            case UnsupportedReasonKind.Abstract:
                return Diagnostic.Create(DiagnosticDescriptors.MessageNotInstantiable, identifier, type.Name, "is abstract");
            case UnsupportedReasonKind.Generic:
                return Diagnostic.Create(DiagnosticDescriptors.GenericMessage, identifier, type.Name);
            case UnsupportedReasonKind.Inaccessible:
                return Diagnostic.Create(DiagnosticDescriptors.InaccessibleMessage, identifier, type.Name);
            case UnsupportedReasonKind.NoUsableConstructor:
                return Diagnostic.Create(DiagnosticDescriptors.NoUsableConstructor, identifier, type.Name);
            case UnsupportedReasonKind.UnsupportedMemberType:
                return Diagnostic.Create(DiagnosticDescriptors.UnserializableMember, DiagnosticLocations.Member(type, reason.MemberName), type.Name, reason.MemberName, reason.Detail);
            case UnsupportedReasonKind.MixedKeys:
                return Diagnostic.Create(DiagnosticDescriptors.MixedKeys, DiagnosticLocations.Member(type, reason.MemberName), type.Name, reason.MemberName);
            case UnsupportedReasonKind.DuplicateKey:
                return Diagnostic.Create(DiagnosticDescriptors.DuplicateKey, KeyArgument(type, reason.MemberName, cancellationToken), reason.Detail, reason.MemberName);
            case UnsupportedReasonKind.InvalidKey:
                return Diagnostic.Create(DiagnosticDescriptors.InvalidKey, KeyArgument(type, reason.MemberName, cancellationToken), type.Name, reason.MemberName);
            default:
                return Diagnostic.Create(DiagnosticDescriptors.RequiredMemberNotSettable, DiagnosticLocations.Member(type, reason.MemberName), type.Name, reason.MemberName);
        }
    }

    // Route reasons that repeat a formatter reason (generic, abstract, inaccessible) are reported once, above.
    private static Diagnostic? ToDiagnostic(INamedTypeSymbol type, AttributeData attribute, RouteReason reason, Location identifier, bool inaccessible,
        CancellationToken cancellationToken)
    {
        switch (reason.Kind)
        {
            case RouteReasonKind.NoNamespace:
                return Diagnostic.Create(DiagnosticDescriptors.MessageWithoutNamespace, identifier, type.Name);
            case RouteReasonKind.Inaccessible when !inaccessible:
                return Diagnostic.Create(DiagnosticDescriptors.InaccessibleMessage, identifier, type.Name);
            case RouteReasonKind.InvalidEntityName:
                var explicitName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                var location = explicitName is null ? identifier : DiagnosticLocations.PositionalArgument(attribute, 0, cancellationToken) ?? identifier;
                return Diagnostic.Create(DiagnosticDescriptors.InvalidEntityName, location, explicitName ?? type.ToDisplayString(), type.Name);
            case RouteReasonKind.InvalidMessageUrn:
                var urn = type.FindAttribute(TypeNames.MessageUrnAttribute);
                return Diagnostic.Create(DiagnosticDescriptors.InvalidMessageUrn, DiagnosticLocations.Attribute(urn, cancellationToken) ?? identifier, type.Name);
            case RouteReasonKind.DuplicateKey:
                return Diagnostic.Create(DiagnosticDescriptors.DuplicateRoutingKey, KeyAttribute(type, reason, cancellationToken), reason.Detail);
            case RouteReasonKind.InvalidKeyMember or RouteReasonKind.UnsupportedKeyType:
                return Diagnostic.Create(DiagnosticDescriptors.InvalidRoutingKeyMember, KeyAttribute(type, reason, cancellationToken), type.Name, reason.Detail);
            default:
                return null;
        }
    }

    private static Location KeyArgument(INamedTypeSymbol type, string? member, CancellationToken cancellationToken) =>
        (member is null ? null : DiagnosticLocations.PositionalArgument(DiagnosticLocations.FindMemberAttribute(type, member, TypeNames.WireKeyAttribute), 0, cancellationToken))
        ?? DiagnosticLocations.Member(type, member);

    private static Location KeyAttribute(INamedTypeSymbol type, RouteReason reason, CancellationToken cancellationToken) =>
        (reason.MemberName is null || reason.AttributeName is null
            ? null
            : DiagnosticLocations.Attribute(DiagnosticLocations.FindMemberAttribute(type, reason.MemberName, reason.AttributeName), cancellationToken))
        ?? DiagnosticLocations.Member(type, reason.MemberName);

    // Read-only auto-properties and read-only fields the chosen constructor does not set: the formatter leaves them out,
    // silently. Computed properties (with a body) are derived from other members and rightly left out.
    private static void ReportUnserializedMembers(SymbolAnalysisContext context, INamedTypeSymbol type, EquatableArray<MemberSpec> serialized)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in serialized)
        {
            names.Add(member.Name);
        }

        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared || member.DeclaredAccessibility != Accessibility.Public || names.Contains(member.Name))
            {
                continue;
            }

            var lost = member switch
            {
                IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null
                    && (property.SetMethod is null || !context.Compilation.IsSymbolAccessibleWithin(property.SetMethod, context.Compilation.Assembly))
                    && IsAutoProperty(property, context.CancellationToken),
                IFieldSymbol field => field.IsReadOnly && !field.IsConst,
                _ => false,
            };
            if (lost && DiagnosticLocations.Identifier(member) is { } location)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MemberNotSerialized, location, type.Name, member.Name));
            }
        }
    }

    private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors })
            {
                return false;
            }

            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static void AnalyzeSet(CompilationAnalysisContext context, List<DeclaredMessage> declared)
    {
        DeclaredMessage[] messages;
        lock (declared)
        {
            messages = declared.ToArray();
        }

        Array.Sort(messages, static (left, right) => string.CompareOrdinal(left.DisplayName, right.DisplayName));
        ReportMissingDependencies(context, messages);
        ReportCollisions(context, messages, static m => m.Spec?.FormatterName, StringComparer.OrdinalIgnoreCase,
            static (message, other, name) => Diagnostic.Create(DiagnosticDescriptors.FormatterNameCollision, message.Identifier, message.DisplayName, other.DisplayName, name));
        ReportCollisions(context, messages, static m => m.EntityName, StringComparer.Ordinal,
            static (message, other, name) => Diagnostic.Create(DiagnosticDescriptors.DuplicateEntityName, message.EntityNameLocation, message.DisplayName, other.DisplayName, name));
    }

    // The generator's own resolution decides which messages get formatters; a supported message left out with a
    // unique formatter name was left out for a dependency. The first missing one is named (fixing it may reveal more).
    private static void ReportMissingDependencies(CompilationAnalysisContext context, DeclaredMessage[] messages)
    {
        var specs = ImmutableArray.CreateBuilder<MessageSpec?>(messages.Length);
        var formatterCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (message.Spec is { } spec)
            {
                specs.Add(spec);
                formatterCounts[spec.FormatterName] = formatterCounts.TryGetValue(spec.FormatterName, out var count) ? count + 1 : 1;
                names[spec.Type.FullyQualifiedName] = message.DisplayName;
            }
        }

        var set = MessageSetResolver.Resolve(specs.ToImmutable());
        foreach (var message in messages)
        {
            if (message.Spec is not { } spec || set.Contains(spec.Type.FullyQualifiedName) || formatterCounts[spec.FormatterName] > 1)
            {
                continue;
            }

            foreach (var dependency in spec.MessageDependencies)
            {
                if (!set.Contains(dependency))
                {
                    var name = names.TryGetValue(dependency, out var display) ? display : dependency.Replace("global::", string.Empty);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DependsOnUnsupportedMessage, message.Identifier, message.DisplayName, name));
                    break;
                }
            }
        }
    }

    // Each member of a colliding group is reported, naming the first other member of the group.
    private static void ReportCollisions(CompilationAnalysisContext context, DeclaredMessage[] messages, Func<DeclaredMessage, string?> key,
        StringComparer comparer, Func<DeclaredMessage, DeclaredMessage, string, Diagnostic> create)
    {
        var groups = new Dictionary<string, List<DeclaredMessage>>(comparer);
        foreach (var message in messages)
        {
            if (key(message) is not { } name)
            {
                continue;
            }

            if (!groups.TryGetValue(name, out var group))
            {
                group = [];
                groups.Add(name, group);
            }

            group.Add(message);
        }

        foreach (var group in groups.Values)
        {
            for (var i = 0; group.Count > 1 && i < group.Count; i++)
            {
                context.ReportDiagnostic(create(group[i], group[i == 0 ? 1 : 0], key(group[i])!));
            }
        }
    }

    private sealed record DeclaredMessage(string DisplayName, Location Identifier, MessageSpec? Spec, string? EntityName, Location EntityNameLocation);
}
