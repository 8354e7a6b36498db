using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Messaging.Generators.Parser;

/// <summary>Small, allocation-light questions about symbols that the parser asks often.</summary>
internal static class SymbolFacts
{
    /// <summary>Fully qualified with <c>global::</c>, keywords for special types, keeping nullable reference annotations.</summary>
    public static readonly SymbolDisplayFormat FullyQualifiedFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Whether <paramref name="type"/> is <paramref name="metadataName"/> (e.g. <c>List`1</c>) in namespace <paramref name="containingNamespace"/>.</summary>
    public static bool Is(this INamedTypeSymbol type, string containingNamespace, string metadataName) =>
        type.ContainingType is null
        && string.Equals(type.MetadataName, metadataName, StringComparison.Ordinal)
        && IsNamespace(type.ContainingNamespace, containingNamespace);

    /// <summary>Whether <paramref name="type"/> has the full metadata name <paramref name="fullMetadataName"/> (a top-level type).</summary>
    public static bool HasFullName(this INamedTypeSymbol? type, string fullMetadataName)
    {
        if (type is null)
        {
            return false;
        }

        var dot = fullMetadataName.LastIndexOf('.');
        return dot > 0 && type.Is(fullMetadataName.Substring(0, dot), fullMetadataName.Substring(dot + 1));
    }

    /// <summary>The first attribute of class <paramref name="fullMetadataName"/> on <paramref name="symbol"/>, if any.</summary>
    public static AttributeData? FindAttribute(this ISymbol symbol, string fullMetadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass.HasFullName(fullMetadataName))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The type as generated code names it.</summary>
    public static string ToFullyQualifiedName(this ITypeSymbol type) => type.ToDisplayString(FullyQualifiedFormat);

    /// <summary><paramref name="name"/> as a C# identifier: <c>@class</c> for the keyword <c>class</c>.</summary>
    public static string EscapeIdentifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Whether <paramref name="type"/> or a type it is nested in is generic.</summary>
    public static bool IsOrIsNestedInGeneric(this INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> or a type it is nested in is file-local (<c>file class</c>).</summary>
    public static bool IsOrIsNestedInFileLocal(this INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The containing types and the name, dotted, without namespace: <c>Outer.Inner</c>.</summary>
    public static string GetNestedName(this INamedTypeSymbol type)
    {
        var name = type.Name;
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            name = current.Name + "." + name;
        }

        return name;
    }

    /// <summary>The namespace, containing types and name, dotted: <c>Shop.Contracts.Outer.Inner</c>.</summary>
    public static string GetDottedName(this INamedTypeSymbol type)
    {
        var nested = type.GetNestedName();
        var ns = type.GetNamespaceName();
        return ns.Length == 0 ? nested : ns + "." + nested;
    }

    /// <summary>
    /// The namespace as metadata (and <c>Type.Namespace</c>) spells it, without <c>@</c> escapes: <c>Shop.event</c>
    /// for <c>namespace Shop.@event</c>; empty for the global namespace.
    /// </summary>
    public static string GetNamespaceName(this INamedTypeSymbol type)
    {
        var name = string.Empty;
        for (var current = type.ContainingNamespace; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            name = name.Length == 0 ? current.Name : current.Name + "." + name;
        }

        return name;
    }

    /// <summary>The generated formatter class name: the dotted name with <c>'.'</c> as <c>'_'</c>, plus <c>Formatter</c>.</summary>
    public static string GetFormatterName(this INamedTypeSymbol type) => type.GetDottedName().Replace('.', '_') + "Formatter";

    private static bool IsNamespace(INamespaceSymbol? ns, string dotted)
    {
        // Walks the namespace from the innermost part outwards, matching the dotted name from its end.
        var end = dotted.Length;
        for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is null || current.ContainingNamespace.IsGlobalNamespace;
            }

            if (dotted[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }
}
