using System;
using System.Collections.Generic;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>Reduces the compilation to the small fact records the formatter and registry steps need.</summary>
internal static class CompilationFactsReader
{
    /// <summary>Which framework APIs the target offers the emitted formatters.</summary>
    public static TargetFactsSpec ReadTargetFacts(Compilation compilation)
    {
        var modern = TargetFactsSpec.Modern;
        var facts = new TargetFactsSpec
        {
            HasCollectionsMarshal = compilation.GetTypeByMetadataName(TypeNames.CollectionsMarshalMetadata) is not null,
            HasImmutableCollectionsMarshal = compilation.GetTypeByMetadataName(TypeNames.ImmutableCollectionsMarshalMetadata) is not null,
            HasDictionaryTryAdd = compilation.GetTypeByMetadataName(TypeNames.DictionaryMetadata)?.GetMembers("TryAdd").Length > 0,
        };

        // One shared instance for the common case keeps the record cheap to compare.
        return facts == modern ? modern : facts;
    }

    /// <summary>The assembly name, and the registrations of referenced assemblies with generated formatters.</summary>
    public static RegistryFactsSpec ReadRegistryFacts(Compilation compilation, CancellationToken cancellationToken)
    {
        List<string>? registrations = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Only an assembly compiled against Messaging.Abstractions can carry the attribute; checking its reference
            // list first keeps the framework's hundreds of assemblies to a name comparison each.
            if (!ReferencesAbstractions(assembly))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == TypeNames.WireFormattersRegistrationAttributeMetadata
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } registration)
                {
                    (registrations ??= []).Add(registration.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                }
            }
        }

        registrations?.Sort(StringComparer.Ordinal);
        return new RegistryFactsSpec
        {
            AssemblyName = compilation.AssemblyName ?? string.Empty,
            ReferencedRegistrations = registrations is null ? EquatableArray<string>.Empty : new EquatableArray<string>([.. registrations]),
            NeedsModuleInitializerAttribute = compilation.GetTypeByMetadataName(TypeNames.ModuleInitializerAttributeMetadata) is null,
        };
    }

    private static bool ReferencesAbstractions(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == TypeNames.AbstractionsAssembly)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
