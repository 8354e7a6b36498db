using System.Threading;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.Diagnostics;

/// <summary>
/// Finds the most precise place for a diagnostic: an attribute argument, a member or parameter identifier, a
/// parameter's type. The classifiers name what is wrong; this maps the names back to source.
/// </summary>
internal static class DiagnosticLocations
{
    /// <summary>The identifier of <paramref name="symbol"/> in source, or <see langword="null"/> when it has none.</summary>
    public static Location? Identifier(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>
    /// The public field or property <paramref name="name"/> of <paramref name="type"/> or its base types, most derived
    /// first, declared in source; <see langword="null"/> when there is none.
    /// </summary>
    public static ISymbol? FindMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol or IFieldSymbol && !member.IsImplicitlyDeclared)
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The identifier of member <paramref name="name"/>, falling back to the type's identifier.</summary>
    public static Location Member(INamedTypeSymbol type, string? name) =>
        (name is null ? null : FindMember(type, name) is { } member ? Identifier(member) : null) ?? Identifier(type) ?? Location.None;

    /// <summary>
    /// The attribute <paramref name="attributeName"/> on member <paramref name="name"/> or on the constructor parameter
    /// of that name (a positional record's <c>[property: WireKey(1)]</c> sits on the parameter's property; <c>[WireKey(1)]</c> on the parameter).
    /// </summary>
    public static AttributeData? FindMemberAttribute(INamedTypeSymbol type, string name, string attributeName)
    {
        if (FindMember(type, name) is { } member)
        {
            if (member.FindAttribute(attributeName) is { } onMember)
            {
                return onMember;
            }

            foreach (var constructor in member.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == name && parameter.FindAttribute(attributeName) is { } onParameter)
                    {
                        return onParameter;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The <paramref name="index"/>th positional argument of <paramref name="attribute"/>, or the attribute itself.</summary>
    public static Location? PositionalArgument(AttributeData? attribute, int index, CancellationToken cancellationToken)
    {
        if (Syntax(attribute, cancellationToken) is not { } syntax)
        {
            return null;
        }

        var position = 0;
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is null && argument.NameColon is null && position++ == index)
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax.GetLocation();
    }

    /// <summary>The value of the named argument <paramref name="name"/> of <paramref name="attribute"/>, or <see langword="null"/>.</summary>
    public static Location? NamedArgument(AttributeData? attribute, string name, CancellationToken cancellationToken)
    {
        if (Syntax(attribute, cancellationToken) is not { } syntax)
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.Expression.GetLocation();
            }
        }

        return null;
    }

    /// <summary>The whole attribute, or <see langword="null"/> when it is not in source.</summary>
    public static Location? Attribute(AttributeData? attribute, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken)?.GetLocation();

    /// <summary>The declared type of <paramref name="parameter"/>, falling back to its identifier.</summary>
    public static Location? ParameterType(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax { Type: { } type })
            {
                return type.GetLocation();
            }
        }

        return Identifier(parameter);
    }

    /// <summary>The <c>ref</c>, <c>out</c> or <c>in</c> modifier of <paramref name="parameter"/>, falling back to its identifier.</summary>
    public static Location? ParameterModifier(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax syntax)
            {
                foreach (var modifier in syntax.Modifiers)
                {
                    if (modifier.ValueText is "ref" or "out" or "in")
                    {
                        return modifier.GetLocation();
                    }
                }
            }
        }

        return Identifier(parameter);
    }

    /// <summary>The declared return type of <paramref name="method"/>, falling back to its identifier.</summary>
    public static Location? ReturnType(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax syntax)
            {
                return syntax.ReturnType.GetLocation();
            }
        }

        return Identifier(method);
    }

    private static AttributeSyntax? Syntax(AttributeData? attribute, CancellationToken cancellationToken) =>
        attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
}
