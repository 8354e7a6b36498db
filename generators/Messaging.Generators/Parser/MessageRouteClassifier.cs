using System;
using System.Collections.Generic;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>
/// Decides whether a <c>[Message]</c> type can be routed by MassTransit and, if so, describes its route as a
/// <see cref="MessageRouteSpec"/>; otherwise lists every reason it cannot. Works on types of the compilation and of
/// referenced assemblies alike (their attributes are read from metadata).
/// </summary>
/// <remarks>
/// MassTransit routes classes with a namespace; the generator must not emit a route that fails at start-up, so
/// structs, generic and abstract types, types in the global namespace and names brokers reject get none.
/// </remarks>
internal static class MessageRouteClassifier
{
    private const string UrnPrefix = "urn:message:";

    /// <summary>Classifies <paramref name="type"/> as seen from <paramref name="compilation"/>, the registering assembly.</summary>
    public static MessageRouteClassification Classify(INamedTypeSymbol type, Compilation compilation)
    {
        var reasons = new List<RouteReason>();
        var messageAttribute = type.FindAttribute(TypeNames.MessageAttribute);
        if (messageAttribute is null)
        {
            reasons.Add(TypeReason(RouteReasonKind.NotAMessage, $"'{type.Name}' has no [Message]"));
            return Failed(reasons);
        }

        if (type.TypeKind != TypeKind.Class || type.IsStatic)
        {
            reasons.Add(TypeReason(RouteReasonKind.NotAClass, $"'{type.Name}' is not a class or record class; MassTransit routes reference types"));
            return Failed(reasons);
        }

        if (type.IsOrIsNestedInGeneric())
        {
            reasons.Add(TypeReason(RouteReasonKind.Generic, $"'{type.Name}' is generic or nested in a generic type"));
        }

        if (type.IsAbstract)
        {
            reasons.Add(TypeReason(RouteReasonKind.Abstract, $"'{type.Name}' is abstract"));
        }

        var namespaceName = type.GetNamespaceName();
        if (namespaceName.Length == 0)
        {
            reasons.Add(TypeReason(RouteReasonKind.NoNamespace, $"'{type.Name}' is in the global namespace; MassTransit requires message types to have one"));
        }

        if (type.IsOrIsNestedInFileLocal() || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            reasons.Add(TypeReason(RouteReasonKind.Inaccessible, $"'{type.Name}' is not accessible from generated code in '{compilation.AssemblyName}'"));
        }

        if (reasons.Count > 0)
        {
            return Failed(reasons);
        }

        var entityName = GetEntityName(type, messageAttribute, namespaceName, reasons);
        var urn = GetMessageUrn(type, namespaceName, reasons);
        var routingKey = FindKey(type, compilation, TypeNames.RoutingKeyAttribute, "[RoutingKey]", reasons);
        var partitionKey = FindKey(type, compilation, TypeNames.PartitionKeyAttribute, "[PartitionKey]", reasons);
        var routingHeaders = FindRoutingHeaders(type, compilation, reasons);
        if (routingKey is not null && routingHeaders.Count > 0)
        {
            reasons.Add(TypeReason(RouteReasonKind.DuplicateKey, $"'{type.Name}' has both [RoutingKey] and [RoutingHeader] members; a message is routed by one or the other"));
        }

        if (reasons.Count > 0 || entityName is null || urn is null)
        {
            return Failed(reasons);
        }

        return new MessageRouteClassification
        {
            Spec = new MessageRouteSpec
            {
                MessageType = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName(),
                EntityName = entityName,
                MessageUrn = urn,
                RoutingKey = routingKey,
                DirectExchange = routingKey is not null && IsDirectExchange(messageAttribute),
                RoutingHeaders = routingHeaders,
                PartitionKey = partitionKey,
            },
        };
    }

    // [Message(DirectExchange = true)]; an argument that does not compile counts as unset.
    private static bool IsDirectExchange(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "DirectExchange" && argument.Value.Kind != TypedConstantKind.Error && argument.Value.Value is true)
            {
                return true;
            }
        }

        return false;
    }

    // The [Message] argument, or the name MassTransit's RabbitMQ transport gives by default: the namespace, ':' and
    // the type name, with '-' between nested type names ("Shop.Contracts:Outer-Inner").
    private static string? GetEntityName(INamedTypeSymbol type, AttributeData attribute, string namespaceName, List<RouteReason> reasons)
    {
        var explicitName = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind != TypedConstantKind.Error
            ? attribute.ConstructorArguments[0].Value as string
            : null;
        var name = explicitName ?? DefaultEntityName(type, namespaceName);
        if (MessagingNames.DescribeInvalidName(name, suffixBytes: 0) is { } problem)
        {
            reasons.Add(TypeReason(RouteReasonKind.InvalidEntityName, $"the entity name \"{name}\" of '{type.Name}' {problem}") with { Problem = problem });
            return null;
        }

        return name;
    }

    /// <summary>
    /// The entity name MassTransit's RabbitMQ transport gives a type without <c>[EntityName]</c>: the namespace, ':' and
    /// the type name, with '-' between nested type names (<c>Shop.Contracts:Outer-Inner</c>).
    /// </summary>
    public static string DefaultEntityName(INamedTypeSymbol type, string namespaceName) => namespaceName + ":" + JoinNestedNames(type, '-');

    // MassTransit's MessageUrn: a [MessageUrn] wins; otherwise urn:message:{Namespace}:{Outer+Inner}.
    private static string? GetMessageUrn(INamedTypeSymbol type, string namespaceName, List<RouteReason> reasons)
    {
        var attribute = type.FindAttribute(TypeNames.MessageUrnAttribute);
        if (attribute is null)
        {
            return UrnPrefix + namespaceName + ":" + JoinNestedNames(type, '+');
        }

        var arguments = attribute.ConstructorArguments;
        var urn = arguments.Length >= 1 ? arguments[0].Value as string : null;
        var usePrefix = arguments.Length < 2 || arguments[1].Value is not false;
        if (urn is null || urn.Trim().Length == 0 || urn.StartsWith(UrnPrefix, StringComparison.Ordinal)
            || !Uri.TryCreate(usePrefix ? UrnPrefix + urn : urn, UriKind.Absolute, out _))
        {
            reasons.Add(TypeReason(RouteReasonKind.InvalidMessageUrn, $"the [MessageUrn] of '{type.Name}' is not one MassTransit accepts (non-empty, a valid URI, without the '{UrnPrefix}' prefix)"));
            return null;
        }

        return usePrefix ? UrnPrefix + urn : urn;
    }

    // The one member marked with the key attribute: on the property or field itself, anywhere up the type chain,
    // or on a constructor parameter of the same name (a positional record's `[RoutingKey] string Region`).
    private static KeyAccessorSpec? FindKey(INamedTypeSymbol type, Compilation compilation, string attributeName, string display, List<RouteReason> reasons)
    {
        ISymbol? marked = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not (IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false })
                    || !IsMarked(member, attributeName))
                {
                    continue;
                }

                // An override of a marked member is the same key.
                if (!seen.Add(member.Name))
                {
                    continue;
                }

                if (marked is not null)
                {
                    reasons.Add(MemberReason(RouteReasonKind.DuplicateKey, member.Name, $"'{type.Name}' has more than one {display} member ('{marked.Name}' and '{member.Name}')") with { AttributeName = attributeName });
                    return null;
                }

                marked = member;
            }
        }

        return marked is null ? null : CreateAccessor(marked, compilation, attributeName, display, reasons);
    }

    // Every member marked [RoutingHeader("name")], in declaration order (base types first), with valid distinct names.
    private static EquatableArray<RoutingHeaderSpec> FindRoutingHeaders(INamedTypeSymbol type, Compilation compilation, List<RouteReason> reasons)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var headers = new List<RoutingHeaderSpec>();
        var seenMembers = new HashSet<string>(StringComparer.Ordinal);
        var seenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var current in chain)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not (IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false })
                    || FindMark(member, TypeNames.RoutingHeaderAttribute) is not { } attribute
                    || !seenMembers.Add(member.Name))
                {
                    continue;
                }

                var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind != TypedConstantKind.Error
                    ? attribute.ConstructorArguments[0].Value as string
                    : null;
                if (name is null || name.Trim().Length == 0 || name.StartsWith("x-", StringComparison.OrdinalIgnoreCase)
                    || name.IndexOfAny([',', '=', '\n', ':']) >= 0 || !seenNames.Add(name))
                {
                    reasons.Add(MemberReason(RouteReasonKind.InvalidKeyMember, member.Name,
                        $"the [RoutingHeader] name \"{name}\" of '{member.Name}' must be non-empty, unique in '{type.Name}', not start with 'x-' and contain no ',', '=', ':' or line break"));
                    continue;
                }

                if (CreateAccessor(member, compilation, TypeNames.RoutingHeaderAttribute, "[RoutingHeader]", reasons) is { } accessor)
                {
                    headers.Add(new RoutingHeaderSpec { Name = name, Accessor = accessor });
                }
            }
        }

        return headers.Count == 0 ? EquatableArray<RoutingHeaderSpec>.Empty : new EquatableArray<RoutingHeaderSpec>([.. headers]);
    }

    // The attribute on the member, or on the constructor parameter of the same name (a positional record).
    private static AttributeData? FindMark(ISymbol member, string attributeName)
    {
        if (member.FindAttribute(attributeName) is { } attribute)
        {
            return attribute;
        }

        foreach (var constructor in member.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == member.Name && parameter.FindAttribute(attributeName) is { } parameterAttribute)
                {
                    return parameterAttribute;
                }
            }
        }

        return null;
    }

    private static bool IsMarked(ISymbol member, string attributeName)
    {
        if (member.FindAttribute(attributeName) is not null)
        {
            return true;
        }

        foreach (var constructor in member.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == member.Name && parameter.FindAttribute(attributeName) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static KeyAccessorSpec? CreateAccessor(ISymbol member, Compilation compilation, string attributeName, string display, List<RouteReason> reasons)
    {
        var type = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
        var readable = member is not IPropertySymbol { GetMethod: var getter }
            || (getter is not null && getter.DeclaredAccessibility == Accessibility.Public && compilation.IsSymbolAccessibleWithin(getter, compilation.Assembly));
        if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || !readable)
        {
            reasons.Add(MemberReason(RouteReasonKind.InvalidKeyMember, member.Name, $"the {display} member '{member.Name}' must be a public instance member with a public getter") with { AttributeName = attributeName });
            return null;
        }

        var isNullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
            isNullable = true;
        }

        var conversion = GetConversion(type);
        if (conversion is null)
        {
            reasons.Add(MemberReason(RouteReasonKind.UnsupportedKeyType, member.Name, $"the {display} member '{member.Name}' has type '{type.ToDisplayString()}', which has no string conversion for a key") with { AttributeName = attributeName });
            return null;
        }

        return new KeyAccessorSpec
        {
            MemberIdentifier = SymbolFacts.EscapeIdentifier(member.Name),
            Conversion = conversion.Value,
            IsNullable = isNullable || (conversion == KeyConversion.None && type.NullableAnnotation == NullableAnnotation.Annotated),
        };
    }

    private static KeyConversion? GetConversion(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return KeyConversion.None;
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return KeyConversion.InvariantCulture;
            case SpecialType.System_DateTime:
                return KeyConversion.RoundTrip;
        }

        if (type is not INamedTypeSymbol { IsGenericType: false } named)
        {
            return null;
        }

        if (named.TypeKind == TypeKind.Enum
            || named.Is(TypeNames.SystemNamespace, TypeNames.Guid)
            || named.Is(TypeNames.SystemNamespace, TypeNames.TimeSpan))
        {
            return KeyConversion.CultureFree;
        }

        return named.Is(TypeNames.SystemNamespace, TypeNames.DateTimeOffset) ? KeyConversion.RoundTrip : null;
    }

    private static string JoinNestedNames(INamedTypeSymbol type, char separator)
    {
        var name = type.Name;
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            name = current.Name + separator + name;
        }

        return name;
    }

    private static MessageRouteClassification Failed(List<RouteReason> reasons) =>
        new() { Reasons = new EquatableArray<RouteReason>(reasons.ToArray()) };

    private static RouteReason TypeReason(RouteReasonKind kind, string detail) => new() { Kind = kind, Detail = detail };

    private static RouteReason MemberReason(RouteReasonKind kind, string member, string detail) =>
        new() { Kind = kind, MemberName = member, Detail = detail };
}
