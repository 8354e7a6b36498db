using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>
/// A file that imports MessagePack-CSharp's namespaces and ours together must see no ambiguous names: every public type
/// of <c>MessagePack</c> and <c>MessagePack.Formatters</c> is named by its simple name in a file that also imports every
/// public namespace of Messaging, Messaging.Abstractions and Messaging.MessagePackCSharp, and the file must compile.
/// </summary>
public sealed class NameClashTests
{
    private static readonly string[] s_theirNamespaces = ["MessagePack", "MessagePack.Formatters"];

    [Fact]
    public void A_file_using_MessagePack_CSharp_and_our_namespaces_has_no_ambiguous_reference()
    {
        var probe = TestCompilation.Create([string.Empty], "NameClash.Probe", TestCompilation.MessagePackCSharpReferences);
        var ours = OurAssemblies(probe);
        var ourNamespaces = ours.SelectMany(PublicTypes).Select(type => type.ContainingNamespace.ToDisplayString()).Distinct().Order(StringComparer.Ordinal).ToList();
        var theirTypes = probe.References
            .Select(probe.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(assembly => assembly.Name is "MessagePack" or "MessagePack.Annotations")
            .SelectMany(PublicTypes)
            .Where(type => s_theirNamespaces.Contains(type.ContainingNamespace.ToDisplayString()))
            .ToList();
        Assert.Contains(theirTypes, type => type.Name == "MessagePackSerializer");
        Assert.Contains(theirTypes, type => type.Name == "KeyAttribute");
        Assert.Contains("Messaging.Serialization", ourNamespaces);
        Assert.Contains("Messaging.MessagePackCSharp", ourNamespaces);

        // The user's file: `using` both worlds, then name every type of theirs by its simple name.
        var source = new StringBuilder();
        foreach (var ns in s_theirNamespaces.Concat(ourNamespaces))
        {
            source.Append("using ").Append(ns).AppendLine(";");
        }

        source.AppendLine().AppendLine("namespace User;").AppendLine().AppendLine("public static class UsesBoth").AppendLine("{");
        source.AppendLine("    public static readonly System.Type[] Types =").AppendLine("    [");
        foreach (var type in theirTypes.Where(type => type.ContainingType is null))
        {
            var arity = type.Arity == 0 ? string.Empty : "<" + new string(',', type.Arity - 1) + ">";
            source.Append("        typeof(").Append(type.Name).Append(arity).AppendLine("),");
        }

        source.AppendLine("    ];").AppendLine("}");
        var compilation = TestCompilation.Create([source.ToString()], "NameClash.User", TestCompilation.MessagePackCSharpReferences);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Ambiguous or missing names:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void None_of_our_public_type_names_is_also_a_MessagePack_CSharp_type_name()
    {
        var probe = TestCompilation.Create([string.Empty], "NameClash.Probe", TestCompilation.MessagePackCSharpReferences);
        var theirs = probe.References
            .Select(probe.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(assembly => assembly.Name is "MessagePack" or "MessagePack.Annotations")
            .SelectMany(PublicTypes)
            .Where(type => s_theirNamespaces.Contains(type.ContainingNamespace.ToDisplayString()))
            .Select(type => type.Name)
            .ToHashSet(StringComparer.Ordinal);

        var clashes = OurAssemblies(probe).SelectMany(PublicTypes).Where(type => theirs.Contains(type.Name)).Select(type => type.ToDisplayString()).ToList();

        Assert.Empty(clashes);
    }

    private static List<IAssemblySymbol> OurAssemblies(Compilation compilation) =>
    [
        .. compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(assembly => assembly.Name is "Messaging" or "Messaging.Abstractions" or "Messaging.MessagePackCSharp"),
    ];

    private static IEnumerable<INamedTypeSymbol> PublicTypes(IAssemblySymbol assembly)
    {
        var pending = new Stack<INamespaceSymbol>([assembly.GlobalNamespace]);
        while (pending.Count > 0)
        {
            var ns = pending.Pop();
            foreach (var nested in ns.GetNamespaceMembers())
            {
                pending.Push(nested);
            }

            foreach (var type in ns.GetTypeMembers())
            {
                if (type.DeclaredAccessibility == Accessibility.Public)
                {
                    yield return type;
                }
            }
        }
    }
}
