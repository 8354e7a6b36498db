using System.Collections.Generic;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Parser;

/// <summary>Maps a member type to its wire shape, recursively, or explains why it has none.</summary>
internal sealed class TypeShapeParser
{
    // Type arguments nest as deeply as the user writes them; this only stops pathological input.
    private const int MaxDepth = 32;

    private readonly Compilation _compilation;
    private readonly IAssemblySymbol _assembly;
    private readonly bool _hasMessagePackCSharpBridge;
    private readonly List<string> _dependencies = new();

    /// <summary>Creates a parser for member types of messages in <paramref name="compilation"/>.</summary>
    public TypeShapeParser(Compilation compilation)
    {
        _compilation = compilation;
        _assembly = compilation.Assembly;
        _hasMessagePackCSharpBridge = compilation.GetTypeByMetadataName(TypeNames.MessagePackCSharpBridgeMetadata) is not null;
    }

    /// <summary>The fully qualified names of the same-assembly messages the parsed shapes reference, in first-seen order.</summary>
    public IReadOnlyList<string> Dependencies => _dependencies;

    /// <summary>Returns the shape of <paramref name="type"/>, or <see langword="null"/> with <paramref name="failure"/> set.</summary>
    public TypeShapeSpec? Parse(ITypeSymbol type, out string? failure) => Parse(type, 0, out failure);

    /// <summary>
    /// Returns the shape of a member of type <paramref name="type"/>: a <c>[MessagePackFormatter]</c> on the member
    /// (<paramref name="formatterAttribute"/>) or <c>[UseMessagePackCSharp]</c> (<paramref name="useMessagePackCSharp"/>)
    /// hands the whole member to MessagePack-CSharp; otherwise as <see cref="Parse(ITypeSymbol, out string?)"/>.
    /// </summary>
    public TypeShapeSpec? ParseMember(ITypeSymbol type, AttributeData? formatterAttribute, bool useMessagePackCSharp, out string? failure)
    {
        if (formatterAttribute is not null)
        {
            return MessagePackCSharp(type, formatterAttribute, "[MessagePackFormatter] on the member", out failure);
        }

        if (useMessagePackCSharp)
        {
            return MessagePackCSharp(type, formatterAttribute: null, "[UseMessagePackCSharp]", out failure);
        }

        return Parse(type, out failure);
    }

    private TypeShapeSpec? Parse(ITypeSymbol type, int depth, out string? failure)
    {
        failure = null;
        if (depth > MaxDepth)
        {
            failure = $"type '{type.ToDisplayString()}' nests deeper than {MaxDepth} levels";
            return null;
        }

        if (type.TypeKind == TypeKind.Error)
        {
            failure = $"type '{type.ToDisplayString()}' could not be resolved";
            return null;
        }

        var typeRef = new TypeRef { FullyQualifiedName = type.ToFullyQualifiedName(), IsValueType = type.IsValueType };
        var primitive = GetPrimitive(type);
        if (primitive is { } kind)
        {
            return new TypeShapeSpec { Kind = TypeShapeKind.Primitive, Type = typeRef, Primitive = kind };
        }

        switch (type)
        {
            case INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying }:
                return GetPrimitive(underlying) is { } underlyingKind
                    ? new TypeShapeSpec { Kind = TypeShapeKind.Enum, Type = typeRef, Primitive = underlyingKind }
                    : Unsupported(type, out failure);

            case IArrayTypeSymbol array:
                return array.IsSZArray ? Collection(TypeShapeKind.Array, typeRef, array.ElementType, depth, out failure) : Unsupported(type, out failure);

            case INamedTypeSymbol named:
                return ParseNamed(named, typeRef, depth, out failure);

            default:
                return Unsupported(type, out failure);
        }
    }

    private TypeShapeSpec? ParseNamed(INamedTypeSymbol named, TypeRef typeRef, int depth, out string? failure)
    {
        failure = null;
        if (named.IsGenericType)
        {
            var definition = named.OriginalDefinition;
            var arguments = named.TypeArguments;
            switch (definition.SpecialType)
            {
                case SpecialType.System_Nullable_T:
                    var underlying = Parse(arguments[0], depth + 1, out failure);
                    return underlying is null ? null : new TypeShapeSpec { Kind = TypeShapeKind.Nullable, Type = typeRef, Element = underlying };
                case SpecialType.System_Collections_Generic_IList_T:
                    return Collection(TypeShapeKind.MutableCollectionInterface, typeRef, arguments[0], depth, out failure, indexable: true);
                case SpecialType.System_Collections_Generic_ICollection_T:
                    return Collection(TypeShapeKind.MutableCollectionInterface, typeRef, arguments[0], depth, out failure);
                case SpecialType.System_Collections_Generic_IReadOnlyList_T:
                    return Collection(TypeShapeKind.ReadOnlyCollectionInterface, typeRef, arguments[0], depth, out failure, indexable: true);
                case SpecialType.System_Collections_Generic_IReadOnlyCollection_T:
                    return Collection(TypeShapeKind.ReadOnlyCollectionInterface, typeRef, arguments[0], depth, out failure);
                case SpecialType.System_Collections_Generic_IEnumerable_T:
                    return Collection(TypeShapeKind.Enumerable, typeRef, arguments[0], depth, out failure);
            }

            if (named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.List))
            {
                return Collection(TypeShapeKind.List, typeRef, arguments[0], depth, out failure);
            }

            if (named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.HashSet)
                || named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.ISet)
                || named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.IReadOnlySet))
            {
                return Collection(TypeShapeKind.Set, typeRef, arguments[0], depth, out failure);
            }

            if (named.Is(TypeNames.CollectionsImmutableNamespace, TypeNames.ImmutableArray))
            {
                return Collection(TypeShapeKind.ImmutableArray, typeRef, arguments[0], depth, out failure);
            }

            if (named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.Dictionary))
            {
                return Map(TypeShapeKind.Dictionary, typeRef, arguments, depth, out failure);
            }

            if (named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.IDictionary)
                || named.Is(TypeNames.CollectionsGenericNamespace, TypeNames.IReadOnlyDictionary))
            {
                return Map(TypeShapeKind.DictionaryInterface, typeRef, arguments, depth, out failure);
            }

            if ((named.Is(TypeNames.SystemNamespace, TypeNames.ReadOnlyMemory) || named.Is(TypeNames.SystemNamespace, TypeNames.Memory))
                && arguments[0].SpecialType == SpecialType.System_Byte)
            {
                return new TypeShapeSpec { Kind = TypeShapeKind.Memory, Type = typeRef };
            }

            return MessagePackCSharpOrUnsupported(named, out failure);
        }

        if (named.FindAttribute(TypeNames.MessageAttribute) is null)
        {
            return MessagePackCSharpOrUnsupported(named, out failure);
        }

        if (named.IsOrIsNestedInGeneric() || named.IsRefLikeType)
        {
            return Unsupported(named, out failure);
        }

        if (!SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _assembly))
        {
            return new TypeShapeSpec { Kind = TypeShapeKind.ExternalMessage, Type = typeRef };
        }

        // The dependency is named without the nullable annotation, the way the message's own spec names it.
        var dependency = named.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName();
        if (!_dependencies.Contains(dependency))
        {
            _dependencies.Add(dependency);
        }

        return new TypeShapeSpec { Kind = TypeShapeKind.Message, Type = typeRef, FormatterName = named.GetFormatterName() };
    }

    private TypeShapeSpec? Collection(TypeShapeKind kind, TypeRef typeRef, ITypeSymbol elementType, int depth, out string? failure, bool indexable = false)
    {
        var element = Parse(elementType, depth + 1, out failure);
        if (element is null)
        {
            return null;
        }

        string? prefix = null;
        string? suffix = null;
        if (kind is TypeShapeKind.Array or TypeShapeKind.ReadOnlyCollectionInterface or TypeShapeKind.Enumerable or TypeShapeKind.ImmutableArray)
        {
            (prefix, suffix) = SplitArrayCreation(elementType);
        }

        return new TypeShapeSpec
        {
            Kind = kind,
            Type = typeRef,
            Element = element,
            IsIndexable = indexable,
            NewArrayPrefix = prefix,
            NewArraySuffix = suffix,
        };
    }

    private TypeShapeSpec? Map(TypeShapeKind kind, TypeRef typeRef, System.Collections.Immutable.ImmutableArray<ITypeSymbol> arguments, int depth, out string? failure)
    {
        var key = Parse(arguments[0], depth + 1, out failure);
        if (key is null)
        {
            return null;
        }

        var value = Parse(arguments[1], depth + 1, out failure);
        return value is null ? null : new TypeShapeSpec { Kind = kind, Type = typeRef, Key = key, Element = value };
    }

    // `new T[n]` is not valid C# when T is itself an array: the length goes before the element's rank specifiers
    // (`new int[n][]`). Array creation accepts no annotations between rank specifiers, so for an array element those
    // are dropped (an int[][] converts to int[]?[]); any other element keeps its annotation (`new string?[n]`).
    private static (string Prefix, string Suffix) SplitArrayCreation(ITypeSymbol elementType)
    {
        if (elementType is not IArrayTypeSymbol)
        {
            return (elementType.ToFullyQualifiedName(), string.Empty);
        }

        var text = elementType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualifiedName();
        var start = text.Length;
        while (start > 0 && text[start - 1] is '[' or ']' or ',' or '?')
        {
            start--;
        }

        var firstRank = text.IndexOf('[', start);
        if (firstRank < 0)
        {
            return (text, string.Empty);
        }

        return (text.Substring(0, firstRank), text.Substring(firstRank).Replace("?", string.Empty));
    }

    private static TypeShapeSpec? Unsupported(ITypeSymbol type, out string? failure)
    {
        failure = $"type '{type.ToDisplayString()}' has no MessagePack mapping";
        return null;
    }

    // A type that is not a message but that MessagePack-CSharp formats by its own attributes: [MessagePackObject] (its
    // resolvers read the [Key]s), [Union] (an interface or abstract class with known subtypes), or [MessagePackFormatter]
    // (a formatter the generator can create itself, so no resolver is consulted and no reflection runs).
    private TypeShapeSpec? MessagePackCSharpOrUnsupported(INamedTypeSymbol type, out string? failure)
    {
        if (type.FindAttribute(TypeNames.MessagePackFormatterAttribute) is { } formatter)
        {
            return MessagePackCSharp(type, formatter, "[MessagePackFormatter]", out failure);
        }

        if (type.FindAttribute(TypeNames.MessagePackObjectAttribute) is not null)
        {
            return MessagePackCSharp(type, formatterAttribute: null, "[MessagePackObject]", out failure);
        }

        if (type.FindAttribute(TypeNames.MessagePackUnionAttribute) is not null)
        {
            return MessagePackCSharp(type, formatterAttribute: null, "[Union]", out failure);
        }

        return Unsupported(type, out failure);
    }

    // The member (or element) travels through the Messaging.MessagePackCSharp bridge: with the formatter the attribute
    // names, or with the one the application's MessagePackSerializerOptions resolve.
    private TypeShapeSpec? MessagePackCSharp(ITypeSymbol type, AttributeData? formatterAttribute, string reason, out string? failure)
    {
        failure = null;
        if (!_hasMessagePackCSharpBridge)
        {
            failure = $"type '{type.ToDisplayString()}' is written by MessagePack-CSharp ({reason}), which needs the {TypeNames.MessagePackCSharpPackage} package: add a reference to it";
            return null;
        }

        if (type.TypeKind == TypeKind.Error || type.IsRefLikeType || type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
        {
            return Unsupported(type, out failure);
        }

        var typeRef = new TypeRef { FullyQualifiedName = type.ToFullyQualifiedName(), IsValueType = type.IsValueType };
        if (formatterAttribute is null)
        {
            return new TypeShapeSpec { Kind = TypeShapeKind.MessagePackCSharp, Type = typeRef };
        }

        var instance = FormatterInstance(type, formatterAttribute, out var formatterType, out failure);
        return instance is null
            ? null
            : new TypeShapeSpec
            {
                Kind = TypeShapeKind.MessagePackCSharp,
                Type = typeRef,
                MessagePackFormatter = formatterType,
                MessagePackFormatterInstance = instance,
            };
    }

    // [MessagePackFormatter(typeof(F))]: F must format exactly the member's type and be creatable by generated code,
    // through an accessible parameterless constructor or a static `Instance` (MessagePack-CSharp's own convention).
    private string? FormatterInstance(ITypeSymbol type, AttributeData attribute, out string? formatterType, out string? failure)
    {
        formatterType = null;
        failure = null;
        if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol formatter)
        {
            failure = "its [MessagePackFormatter] names no formatter type";
            return null;
        }

        var name = formatter.ToDisplayString();
        if (attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1] is { Kind: TypedConstantKind.Array, Values.Length: > 0 })
        {
            failure = $"formatter '{name}' takes constructor arguments from [MessagePackFormatter], which generated code does not pass; give the formatter a parameterless constructor or a static Instance";
            return null;
        }

        if (formatter.IsAbstract || formatter.IsUnboundGenericType || formatter.TypeKind == TypeKind.Error
            || !_compilation.IsSymbolAccessibleWithin(formatter, _assembly))
        {
            failure = $"formatter '{name}' is abstract, an open generic type or not accessible from generated code";
            return null;
        }

        var implements = false;
        foreach (var candidate in formatter.AllInterfaces)
        {
            if (candidate.OriginalDefinition.HasFullName(TypeNames.MessagePackFormatterInterfaceMetadata)
                && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type))
            {
                implements = true;
                break;
            }
        }

        if (!implements)
        {
            failure = $"formatter '{name}' does not implement IMessagePackFormatter<{type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString()}>";
            return null;
        }

        formatterType = formatter.ToFullyQualifiedName();
        foreach (var constructor in formatter.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0 && _compilation.IsSymbolAccessibleWithin(constructor, _assembly))
            {
                return "new()";
            }
        }

        foreach (var member in formatter.GetMembers("Instance"))
        {
            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol { GetMethod: not null } property => property.Type,
                _ => null,
            };
            if (member.IsStatic && memberType is not null && _compilation.IsSymbolAccessibleWithin(member, _assembly)
                && _compilation.HasImplicitConversion(memberType, formatter))
            {
                return formatterType + ".Instance";
            }
        }

        failure = $"formatter '{name}' has no accessible parameterless constructor and no static Instance, so generated code cannot create it";
        return null;
    }

    private static PrimitiveKind? GetPrimitive(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return PrimitiveKind.Boolean;
            case SpecialType.System_Char: return PrimitiveKind.Char;
            case SpecialType.System_SByte: return PrimitiveKind.SByte;
            case SpecialType.System_Byte: return PrimitiveKind.Byte;
            case SpecialType.System_Int16: return PrimitiveKind.Int16;
            case SpecialType.System_UInt16: return PrimitiveKind.UInt16;
            case SpecialType.System_Int32: return PrimitiveKind.Int32;
            case SpecialType.System_UInt32: return PrimitiveKind.UInt32;
            case SpecialType.System_Int64: return PrimitiveKind.Int64;
            case SpecialType.System_UInt64: return PrimitiveKind.UInt64;
            case SpecialType.System_Single: return PrimitiveKind.Single;
            case SpecialType.System_Double: return PrimitiveKind.Double;
            case SpecialType.System_Decimal: return PrimitiveKind.Decimal;
            case SpecialType.System_String: return PrimitiveKind.String;
            case SpecialType.System_DateTime: return PrimitiveKind.DateTime;
        }

        if (type is IArrayTypeSymbol { IsSZArray: true, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return PrimitiveKind.Bytes;
        }

        if (type is INamedTypeSymbol { IsGenericType: false } named)
        {
            if (named.Is(TypeNames.SystemNamespace, TypeNames.Guid))
            {
                return PrimitiveKind.Guid;
            }

            if (named.Is(TypeNames.SystemNamespace, TypeNames.DateTimeOffset))
            {
                return PrimitiveKind.DateTimeOffset;
            }

            if (named.Is(TypeNames.SystemNamespace, TypeNames.TimeSpan))
            {
                return PrimitiveKind.TimeSpan;
            }
        }

        return null;
    }
}
