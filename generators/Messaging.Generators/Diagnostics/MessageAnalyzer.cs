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
    /// <summary>The MSG0016 property holding the entity name MassTransit peers use, for the code fix.</summary>
    public const string MassTransitEntityName = nameof(MassTransitEntityName);

    /// <summary>The MSG0016 property that says whether that name is the default one, so [Message] needs no argument ("true"/"false").</summary>
    public const string IsDefaultEntityName = nameof(IsDefaultEntityName);

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
        DiagnosticDescriptors.DuplicateMessageUrn,
        DiagnosticDescriptors.MassTransitEntityNameIgnored,
        DiagnosticDescriptors.KeyOnUnserializedMember,
        DiagnosticDescriptors.MessagePackKeyOnMessageMember,
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
            ReportKeysOnUnserializedMembers(context, type, spec.Members);
        }

        ReportMessagePackKeys(context, type);

        string? entityName = null;
        string? urn = null;
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
            urn = route.Spec?.MessageUrn;
            if (entityName is not null)
            {
                ReportMassTransitNames(context, type, attribute, entityName, cancellationToken);
            }
        }

        if (classification.Spec is not null || entityName is not null)
        {
            var location = (attribute.ConstructorArguments.Length == 1 ? DiagnosticLocations.PositionalArgument(attribute, 0, cancellationToken) : null) ?? identifier;
            var urnLocation = DiagnosticLocations.Attribute(type.FindAttribute(TypeNames.MessageUrnAttribute), cancellationToken) ?? identifier;
            lock (declared)
            {
                declared.Add(new DeclaredMessage(type.ToDisplayString(), identifier, classification.Spec, entityName, location, urn, urnLocation));
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
                var entityProblem = reason.Problem ?? reason.Detail;
                return Diagnostic.Create(DiagnosticDescriptors.InvalidEntityName, location, explicitName ?? type.ToDisplayString(), type.Name, entityProblem);
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

    // MassTransit's [EntityName] (or, without it, the namespace:type name MassTransit gives a type that keeps its
    // [MessageUrn]) is the exchange a plain MassTransit service of the same contract uses; Messaging uses [Message]'s.
    private static void ReportMassTransitNames(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData message, string entityName,
        CancellationToken cancellationToken)
    {
        var entityNameAttribute = type.FindAttribute(TypeNames.EntityNameAttribute);
        var urnAttribute = type.FindAttribute(TypeNames.MessageUrnAttribute);
        if (entityNameAttribute is null && urnAttribute is null)
        {
            return;
        }

        var defaultName = MessageRouteClassifier.DefaultEntityName(type, type.GetNamespaceName());
        var massTransitName = defaultName;
        var which = "[MessageUrn]";
        if (entityNameAttribute is not null)
        {
            if (entityNameAttribute.ConstructorArguments.Length != 1 || entityNameAttribute.ConstructorArguments[0].Value is not string named)
            {
                return;
            }

            massTransitName = named;
            which = "[EntityName]";
        }

        if (string.Equals(massTransitName, entityName, StringComparison.Ordinal))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(MassTransitEntityName, massTransitName)
            .Add(IsDefaultEntityName, string.Equals(massTransitName, defaultName, StringComparison.Ordinal) ? "true" : "false");
        var location = DiagnosticLocations.Attribute(message, cancellationToken) ?? DiagnosticLocations.Identifier(type) ?? Location.None;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MassTransitEntityNameIgnored, location, properties, type.Name, which, massTransitName, entityName));
    }

    // MessagePack-CSharp's [Key] where [WireKey] was meant (a file with 'using MessagePack;', or code from before the
    // rename): it binds, compiles and does nothing. Reported on the attribute, on members and constructor parameters.
    private static void ReportMessagePackKeys(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (!member.IsImplicitlyDeclared && member is IPropertySymbol or IFieldSymbol)
            {
                Report(member.GetAttributes(), member.Name);
            }
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                Report(parameter.GetAttributes(), parameter.Name);
            }
        }

        void Report(ImmutableArray<AttributeData> attributes, string member)
        {
            foreach (var key in attributes)
            {
                if (key.AttributeClass?.ToDisplayString() == TypeNames.MessagePackKeyAttribute
                    && DiagnosticLocations.Attribute(key, context.CancellationToken) is { } location)
                {
                    var index = key.ConstructorArguments.Length == 1 ? key.ConstructorArguments[0].Value?.ToString() ?? "?" : "?";
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MessagePackKeyOnMessageMember, location, type.Name, member, index));
                }
            }
        }
    }

    // A [Key] on a member (or constructor parameter) that the formatter does not serialize marks a position that carries
    // nothing; reported on the attribute.
    private static void ReportKeysOnUnserializedMembers(SymbolAnalysisContext context, INamedTypeSymbol type, EquatableArray<MemberSpec> serialized)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in serialized)
        {
            names.Add(member.Name);
        }

        var cancellationToken = context.CancellationToken;
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member is not (IPropertySymbol or IFieldSymbol) || names.Contains(member.Name)
                || member.FindAttribute(TypeNames.WireKeyAttribute) is not { } key)
            {
                continue;
            }

            var why = member.IsStatic ? "it is static"
                : member.DeclaredAccessibility != Accessibility.Public ? "it is not public"
                : member is IPropertySymbol { GetMethod: null } ? "it has no getter"
                : "it is read-only and not set by the constructor the formatter calls";
            Report(key, member.Name, why);
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (!names.Contains(parameter.Name) && parameter.FindAttribute(TypeNames.WireKeyAttribute) is { } key
                    && !HasMember(type, parameter.Name))
                {
                    Report(key, parameter.Name, "no serialized member has the name of this constructor parameter");
                }
            }
        }

        void Report(AttributeData key, string member, string why)
        {
            if (DiagnosticLocations.Attribute(key, cancellationToken) is { } location)
            {
                var index = key.ConstructorArguments.Length == 1 && key.ConstructorArguments[0].Value is int value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeyOnUnserializedMember, location, type.Name, member, index, why));
            }
        }

        static bool HasMember(INamedTypeSymbol type, string name)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol)
                {
                    // Reported on the member itself (above) when it carries the [Key]; a [Key] on the parameter of a
                    // member that is not serialized is the same mistake.
                    return member.FindAttribute(TypeNames.WireKeyAttribute) is not null;
                }
            }

            return false;
        }
    }

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
        // MassTransit and the runtime compare URNs ignoring case.
        ReportCollisions(context, messages, static m => m.Urn, StringComparer.OrdinalIgnoreCase,
            static (message, other, urn) => Diagnostic.Create(DiagnosticDescriptors.DuplicateMessageUrn, message.UrnLocation, message.DisplayName, other.DisplayName, urn));
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

    private sealed record DeclaredMessage(string DisplayName, Location Identifier, MessageSpec? Spec, string? EntityName, Location EntityNameLocation,
        string? Urn, Location UrnLocation);
}
