using System;
using System.Collections.Generic;
using System.Threading;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Messaging.Generators.Parser;

/// <summary>
/// Decides whether a <c>[Message]</c> type can get a formatter and, if so, describes it as a <see cref="MessageSpec"/>;
/// otherwise lists every reason it cannot. The generator keeps only the spec; analyzers report the reasons.
/// </summary>
/// <remarks>
/// The rules (DESIGN.md §5): public instance fields and properties, base type first, that are readable and either
/// settable or set by the chosen constructor; keys in declaration order unless <c>[WireKey(n)]</c> says otherwise; the
/// accessible constructor with the most parameters that all match serialized members, else a parameterless one.
/// </remarks>
internal static class MessageTypeClassifier
{
    private const string EqualityContractName = "EqualityContract";

    /// <summary>Classifies <paramref name="type"/>, a type marked <c>[Message]</c> in <paramref name="compilation"/>.</summary>
    public static MessageClassification Classify(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var reasons = new List<UnsupportedReason>();
        CheckType(type, compilation, reasons);
        if (reasons.Count > 0)
        {
            return Failed(reasons);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var candidates = CollectCandidates(type, compilation);
        var constructor = ChooseConstructor(type, candidates, compilation);
        if (constructor is null)
        {
            reasons.Add(new UnsupportedReason
            {
                Kind = UnsupportedReasonKind.NoUsableConstructor,
                Detail = $"'{type.Name}' has no accessible constructor whose parameters all match serialized members (by name and type), and no accessible parameterless constructor",
            });
            return Failed(reasons);
        }

        var serialized = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.IsSettable || candidate.Parameter is not null)
            {
                serialized.Add(candidate);
            }
        }

        var initializesRequired = constructor.FindAttribute(TypeNames.SetsRequiredMembersAttribute) is null;
        if (initializesRequired)
        {
            CheckRequiredMembers(type, serialized, reasons);
        }

        var keys = AssignKeys(serialized, reasons);
        cancellationToken.ThrowIfCancellationRequested();

        var shapes = new TypeShapeParser(compilation);
        var members = new MemberSpec[serialized.Count];
        for (var i = 0; i < serialized.Count; i++)
        {
            var candidate = serialized[i];
            var shape = shapes.ParseMember(
                candidate.Type,
                FindMemberAttribute(candidate, TypeNames.MessagePackFormatterAttribute),
                FindMemberAttribute(candidate, TypeNames.UseMessagePackCSharpAttribute) is not null,
                out var failure);
            if (shape is null)
            {
                reasons.Add(new UnsupportedReason { Kind = UnsupportedReasonKind.UnsupportedMemberType, MemberName = candidate.Name, Detail = failure ?? string.Empty });
                continue;
            }

            var isParameter = candidate.Parameter is not null;
            var setByInitializer = !isParameter || (initializesRequired && candidate.IsRequired);
            members[i] = new MemberSpec
            {
                Name = candidate.Name,
                Identifier = SymbolFacts.EscapeIdentifier(candidate.Name),
                Key = keys?[i] ?? i,
                Shape = shape,
                IsConstructorParameter = isParameter,
                IsSetByInitializer = setByInitializer,
                DefaultValue = candidate.Parameter is { } parameter ? ConstantFormatter.FormatDefaultValue(parameter) : null,
                KeepsOwnInitializer = setByInitializer && !candidate.IsRequired && DeclaresInitializer(candidate.Symbol, cancellationToken),
            };
        }

        if (reasons.Count > 0)
        {
            return Failed(reasons);
        }

        Array.Sort(members, static (left, right) => left.Key.CompareTo(right.Key));
        var arguments = new int[constructor.Parameters.Length];
        for (var p = 0; p < arguments.Length; p++)
        {
            var index = serialized.FindIndex(c => SymbolEqualityComparer.Default.Equals(c.Parameter, constructor.Parameters[p]));
            arguments[p] = keys?[index] ?? index;
        }

        var spec = new MessageSpec
        {
            Type = new TypeRef { FullyQualifiedName = type.ToFullyQualifiedName(), IsValueType = type.IsValueType },
            DisplayName = type.GetNestedName(),
            DottedName = type.GetDottedName(),
            FormatterName = type.GetFormatterName(),
            ArrayLength = members.Length == 0 ? 0 : members[members.Length - 1].Key + 1,
            Members = new EquatableArray<MemberSpec>(members),
            ConstructorArguments = new EquatableArray<int>(arguments),
            MessageDependencies = new EquatableArray<string>(ToArray(shapes.Dependencies)),
        };
        return new MessageClassification { Spec = spec };
    }

    private static void CheckType(INamedTypeSymbol type, Compilation compilation, List<UnsupportedReason> reasons)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic || type.IsRefLikeType)
        {
            reasons.Add(TypeReason(UnsupportedReasonKind.NotAClassOrStruct, $"'{type.Name}' is not a class, record or struct that can be instantiated"));
            return;
        }

        if (type.IsOrIsNestedInGeneric())
        {
            reasons.Add(TypeReason(UnsupportedReasonKind.Generic, $"'{type.Name}' is generic or nested in a generic type"));
        }

        if (type.IsAbstract)
        {
            reasons.Add(TypeReason(UnsupportedReasonKind.Abstract, $"'{type.Name}' is abstract"));
        }

        if (type.IsOrIsNestedInFileLocal() || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            reasons.Add(TypeReason(UnsupportedReasonKind.Inaccessible, $"'{type.Name}' is not accessible from generated code in its assembly (it must be public or internal, and not nested in a private type)"));
        }
    }

    // Public instance fields and properties, base type first; a member re-declared further down (override or
    // `new`) keeps its base position but takes the derived declaration.
    private static List<Candidate> CollectCandidates(INamedTypeSymbol type, Compilation compilation)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Add(current);
        }

        var candidates = new List<Candidate>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var level = chain.Count - 1; level >= 0; level--)
        {
            foreach (var member in chain[level].GetMembers())
            {
                var candidate = ToCandidate(member, compilation);
                if (candidate is null)
                {
                    continue;
                }

                if (positions.TryGetValue(candidate.Name, out var position))
                {
                    candidates[position] = candidate;
                }
                else
                {
                    positions.Add(candidate.Name, candidates.Count);
                    candidates.Add(candidate);
                }
            }
        }

        return candidates;
    }

    private static Candidate? ToCandidate(ISymbol member, Compilation compilation)
    {
        if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.Name == EqualityContractName)
        {
            return null;
        }

        switch (member)
        {
            case IPropertySymbol property:
                if (property.IsIndexer || property.RefKind != RefKind.None || property.GetMethod is null
                    || !compilation.IsSymbolAccessibleWithin(property.GetMethod, compilation.Assembly))
                {
                    return null;
                }

                var settable = property.SetMethod is not null && compilation.IsSymbolAccessibleWithin(property.SetMethod, compilation.Assembly);
                return new Candidate(property, property.Name, property.Type, settable, property.IsRequired);

            case IFieldSymbol field:
                if (field.IsConst || field.IsFixedSizeBuffer || field.RefKind != RefKind.None)
                {
                    return null;
                }

                return new Candidate(field, field.Name, field.Type, !field.IsReadOnly, field.IsRequired);

            default:
                return null;
        }
    }

    // The accessible constructor with the most parameters that all match candidates (by name, case-insensitively,
    // and type); a parameterless constructor matches trivially. The first one declared wins a tie.
    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, List<Candidate> candidates, Compilation compilation)
    {
        IMethodSymbol? best = null;
        Candidate[]? bestMatches = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (!compilation.IsSymbolAccessibleWithin(constructor, compilation.Assembly)
                || (best is not null && constructor.Parameters.Length <= best.Parameters.Length))
            {
                continue;
            }

            var matches = MatchParameters(constructor, candidates);
            if (matches is not null)
            {
                best = constructor;
                bestMatches = matches;
            }
        }

        if (best is null || bestMatches is null)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            candidate.Parameter = null;
        }

        for (var i = 0; i < bestMatches.Length; i++)
        {
            bestMatches[i].Parameter = best.Parameters[i];
        }

        return best;
    }

    private static Candidate[]? MatchParameters(IMethodSymbol constructor, List<Candidate> candidates)
    {
        var matches = new Candidate[constructor.Parameters.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var parameter = constructor.Parameters[i];
            if (parameter.RefKind is not (RefKind.None or RefKind.In))
            {
                return null;
            }

            // An exact-case name wins over a case-insensitive one, so `Name` and `name` can coexist.
            Candidate? match = null;
            foreach (var candidate in candidates)
            {
                if (string.Equals(candidate.Name, parameter.Name, StringComparison.Ordinal))
                {
                    match = candidate;
                    break;
                }

                if (match is null && string.Equals(candidate.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
                {
                    match = candidate;
                }
            }

            if (match is null || !SymbolEqualityComparer.Default.Equals(match.Type, parameter.Type) || Array.IndexOf(matches, match) >= 0)
            {
                return null;
            }

            matches[i] = match;
        }

        return matches;
    }

    private static void CheckRequiredMembers(INamedTypeSymbol type, List<Candidate> serialized, List<UnsupportedReason> reasons)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var required = member switch
                {
                    IPropertySymbol property => property.IsRequired,
                    IFieldSymbol field => field.IsRequired,
                    _ => false,
                };
                if (required && !serialized.Exists(c => c.IsSettable && c.Name == member.Name))
                {
                    reasons.Add(new UnsupportedReason
                    {
                        Kind = UnsupportedReasonKind.RequiredMemberNotSerializable,
                        MemberName = member.Name,
                        Detail = $"required member '{member.Name}' must be a public member that generated code can set",
                    });
                }
            }
        }
    }

    // Returns the explicit keys, or null when no member has [WireKey] (declaration order applies).
    private static int[]? AssignKeys(List<Candidate> serialized, List<UnsupportedReason> reasons)
    {
        var keys = new int[serialized.Count];
        var keyed = 0;
        var owners = new Dictionary<int, string>();
        for (var i = 0; i < serialized.Count; i++)
        {
            var candidate = serialized[i];
            var attribute = FindKeyAttribute(candidate);
            if (attribute is null)
            {
                keys[i] = -1;
                continue;
            }

            keyed++;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int key || key < 0)
            {
                reasons.Add(MemberReason(UnsupportedReasonKind.InvalidKey, candidate.Name, $"the [WireKey] of '{candidate.Name}' must be a non-negative constant"));
                continue;
            }

            if (owners.TryGetValue(key, out var owner))
            {
                reasons.Add(MemberReason(UnsupportedReasonKind.DuplicateKey, candidate.Name, $"'{candidate.Name}' and '{owner}' both have [WireKey({key})]"));
                continue;
            }

            owners.Add(key, candidate.Name);
            keys[i] = key;
        }

        if (keyed == 0)
        {
            return null;
        }

        if (keyed != serialized.Count)
        {
            foreach (var candidate in serialized)
            {
                if (FindKeyAttribute(candidate) is null)
                {
                    reasons.Add(MemberReason(UnsupportedReasonKind.MixedKeys, candidate.Name, $"'{candidate.Name}' has no [WireKey] while other members do; give every serialized member a key, or none"));
                }
            }
        }

        return keys;
    }

    private static AttributeData? FindKeyAttribute(Candidate candidate) => FindMemberAttribute(candidate, TypeNames.WireKeyAttribute);

    // A member attribute ([WireKey], [UseMessagePackCSharp], [MessagePackFormatter]) may sit on the member, on the
    // constructor parameter that sets it, or (positional records) on the primary constructor parameter of the type
    // that declares the member.
    private static AttributeData? FindMemberAttribute(Candidate candidate, string attributeName)
    {
        var attribute = candidate.Symbol.FindAttribute(attributeName) ?? candidate.Parameter?.FindAttribute(attributeName);
        if (attribute is not null)
        {
            return attribute;
        }

        foreach (var constructor in candidate.Symbol.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == candidate.Name && parameter.FindAttribute(attributeName) is { } onParameter)
                {
                    return onParameter;
                }
            }
        }

        return null;
    }

    private static MessageClassification Failed(List<UnsupportedReason> reasons) =>
        new() { Reasons = new EquatableArray<UnsupportedReason>(reasons.ToArray()) };

    private static UnsupportedReason TypeReason(UnsupportedReasonKind kind, string detail) => new() { Kind = kind, Detail = detail };

    private static UnsupportedReason MemberReason(UnsupportedReasonKind kind, string member, string detail) =>
        new() { Kind = kind, MemberName = member, Detail = detail };

    private static string[] ToArray(IReadOnlyList<string> items)
    {
        var array = new string[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
        }

        return array;
    }

    // `public string Currency { get; init; } = "EUR";` or `public int Priority = 5;` in source. A member of a referenced
    // assembly has no syntax here; its formatter is generated in its own assembly.
    private static bool DeclaresInitializer(ISymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case PropertyDeclarationSyntax { Initializer: not null }:
                case VariableDeclaratorSyntax { Initializer: not null }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A field or property that may be serialized, and the constructor parameter that sets it, once chosen.</summary>
    private sealed class Candidate
    {
        public Candidate(ISymbol symbol, string name, ITypeSymbol type, bool isSettable, bool isRequired)
        {
            Symbol = symbol;
            Name = name;
            Type = type;
            IsSettable = isSettable;
            IsRequired = isRequired;
        }

        public ISymbol Symbol { get; }

        public string Name { get; }

        public ITypeSymbol Type { get; }

        public bool IsSettable { get; }

        public bool IsRequired { get; }

        public IParameterSymbol? Parameter { get; set; }
    }
}
