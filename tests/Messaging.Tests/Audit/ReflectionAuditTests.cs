using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using MassTransit;
using Xunit;

namespace Messaging.Tests.Audit;

/// <summary>
/// Reads the shipped assemblies' metadata (not their code through reflection) and fails if they reference an API
/// that creates types or instances at run time, emits code, compiles expressions or scans assemblies.
/// </summary>
public sealed class ReflectionAuditTests
{
    // (namespace, type, member); a null member bans every member of the type, a null type the whole namespace.
    private static readonly (string Namespace, string? Type, string? Member)[] s_banned =
    [
        ("System", "Activator", null),
        ("System", "Type", "MakeGenericType"),
        ("System", "Type", "GetType"),
        ("System", "Type", "InvokeMember"),
        ("System", "AppDomain", "GetAssemblies"),
        ("System.Reflection", "MethodInfo", "MakeGenericMethod"),
        ("System.Reflection", "MethodBase", "Invoke"),
        ("System.Reflection", "MethodInfo", "Invoke"),
        ("System.Reflection", "ConstructorInfo", "Invoke"),
        ("System.Reflection", "Assembly", "GetTypes"),
        ("System.Reflection", "Assembly", "GetExportedTypes"),
        ("System.Reflection", "Assembly", "get_DefinedTypes"),
        ("System.Reflection", "Assembly", "get_ExportedTypes"),
        ("System.Reflection", "Assembly", "Load"),
        ("System.Reflection", "Assembly", "LoadFrom"),
        ("System.Reflection", "Assembly", "LoadFile"),
        ("System.Reflection", "Assembly", "LoadWithPartialName"),
        ("System.Reflection", "Assembly", "UnsafeLoadFrom"),
        ("System.Runtime.Loader", "AssemblyLoadContext", null),
        ("System.Linq.Expressions", "Expression`1", "Compile"),
        ("System.Linq.Expressions", "LambdaExpression", "Compile"),
        ("System.Reflection.Emit", null, null),
        ("Microsoft.Extensions.DependencyInjection", "ActivatorUtilities", null),
    ];

    public static TheoryData<string> ShippedAssemblies => new()
    {
        "Messaging",
        "Messaging.Abstractions",
        "Messaging.RabbitMq",
        "Messaging.Postgres",
        "Messaging.Redis",
        "Messaging.MessagePackCSharp",
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Shipped_assembly_references_no_activation_emit_compilation_or_scanning_api(string assembly)
    {
        var offenders = Audit(PathOf(assembly));

        Assert.True(offenders.Count == 0, $"{assembly}.dll references banned APIs:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", offenders)}");
    }

    [Fact]
    public void Audit_finds_the_banned_references_MassTransit_itself_makes()
    {
        // MassTransit builds consumers with Activator and MakeGenericType; the audit must see that.
        var offenders = Audit(typeof(IBus).Assembly.Location.Replace("MassTransit.Abstractions.dll", "MassTransit.dll", StringComparison.Ordinal));

        Assert.Contains("System.Activator::CreateInstance", offenders);
        Assert.Contains("System.Type::MakeGenericType", offenders);
    }

    private static string PathOf(string assembly) =>
        Path.Combine(AppContext.BaseDirectory, assembly + ".dll");

    private static List<string> Audit(string path)
    {
        Assert.True(File.Exists(path), $"{path} was not found next to the tests.");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new TypeNameProvider(reader);
        var offenders = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var handle in reader.TypeReferences)
        {
            var (ns, type) = names.Name(handle);
            if (IsBanned(ns, type, member: null))
            {
                offenders.Add($"{ns}.{type}");
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var name = reader.GetString(member.Name);
            if (names.Parent(member.Parent) is not var (ns, type))
            {
                continue;
            }

            if (IsBanned(ns, type, name))
            {
                offenders.Add($"{ns}.{type}::{name}");
            }
        }

        return [.. offenders];
    }

    private static bool IsBanned(string ns, string type, string? member)
    {
        foreach (var banned in s_banned)
        {
            if (banned.Namespace != ns && !(banned.Type is null && ns.StartsWith(banned.Namespace + ".", StringComparison.Ordinal)))
            {
                continue;
            }

            if (banned.Type is null)
            {
                return true;
            }

            // A type reference alone is banned only when every member of the type is.
            if (banned.Type == type && (banned.Member is null || banned.Member == member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names the type a member reference belongs to: a type reference, or the generic type of an instantiation.</summary>
    private sealed class TypeNameProvider(MetadataReader reader) : ISignatureTypeProvider<(string Namespace, string Type)?, object?>
    {
        public (string Namespace, string Type) Name(TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            var ns = reader.GetString(type.Namespace);
            // A nested type's namespace is its declaring type's.
            if (ns.Length == 0 && type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                var (outerNs, outer) = Name((TypeReferenceHandle)type.ResolutionScope);
                return (outerNs, outer + "+" + reader.GetString(type.Name));
            }

            return (ns, reader.GetString(type.Name));
        }

        public (string Namespace, string Type)? Parent(EntityHandle parent) => parent.Kind switch
        {
            HandleKind.TypeReference => Name((TypeReferenceHandle)parent),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)parent).DecodeSignature(this, null),
            _ => null,
        };

        public (string Namespace, string Type)? GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => Name(handle);

        public (string Namespace, string Type)? GetGenericInstantiation((string Namespace, string Type)? genericType, ImmutableArray<(string Namespace, string Type)?> typeArguments) => genericType;

        public (string Namespace, string Type)? GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => null;

        public (string Namespace, string Type)? GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => null;

        public (string Namespace, string Type)? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public (string Namespace, string Type)? GetSZArrayType((string Namespace, string Type)? elementType) => null;

        public (string Namespace, string Type)? GetArrayType((string Namespace, string Type)? elementType, ArrayShape shape) => null;

        public (string Namespace, string Type)? GetByReferenceType((string Namespace, string Type)? elementType) => null;

        public (string Namespace, string Type)? GetPointerType((string Namespace, string Type)? elementType) => null;

        public (string Namespace, string Type)? GetPinnedType((string Namespace, string Type)? elementType) => null;

        public (string Namespace, string Type)? GetFunctionPointerType(MethodSignature<(string Namespace, string Type)?> signature) => null;

        public (string Namespace, string Type)? GetGenericMethodParameter(object? genericContext, int index) => null;

        public (string Namespace, string Type)? GetGenericTypeParameter(object? genericContext, int index) => null;

        public (string Namespace, string Type)? GetModifiedType((string Namespace, string Type)? modifier, (string Namespace, string Type)? unmodifiedType, bool isRequired) => unmodifiedType;
    }
}
