using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>Builds compilations the way a consuming project compiles: nullable on, all warnings, XML docs checked.</summary>
internal static class TestCompilation
{
    /// <summary>The options generated trees are parsed with too, so their XML doc comments are checked.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_hostingReferences = new(() =>
    [
        .. new[]
        {
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions),
            typeof(Microsoft.Extensions.Logging.ILogger),
            typeof(Microsoft.Extensions.Hosting.IHostedService),
            typeof(Microsoft.Extensions.Options.IOptions<>),
        }.Select(type => MetadataReference.CreateFromFile(type.Assembly.Location)),
    ]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_messagePackCSharpReferences = new(() =>
    [
        .. new[]
        {
            typeof(global::MessagePack.MessagePackSerializer),
            typeof(global::MessagePack.MessagePackObjectAttribute),
            typeof(global::Messaging.MessagePackCSharp.MessagingResolver),
        }.Select(type => MetadataReference.CreateFromFile(type.Assembly.Location)),
    ]);

    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true)
        // Test inputs are public types without docs; everything else a consuming build reports stays on. CS1701/CS1702
        // (a reference to an older version of a framework or Microsoft.Extensions assembly, unified to the newer one)
        // are off in every SDK build, and MassTransit 8.5 references older assemblies.
        .WithSpecificDiagnosticOptions(
        [
            new KeyValuePair<string, ReportDiagnostic>("CS1591", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
            new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
        ]);

    /// <summary>The compilation options every test compilation uses.</summary>
    public static CSharpCompilationOptions Options => s_options;

    /// <summary>
    /// The framework, Messaging and Messaging.Abstractions, MassTransit and the dependency-injection abstractions: what
    /// a project that references the Messaging package compiles against.
    /// </summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>
    /// MessagePack-CSharp (MessagePack and MessagePack.Annotations) and the bridge, Messaging.MessagePackCSharp: what a
    /// project that also references the Messaging.MessagePackCSharp package compiles against besides <see cref="References"/>.
    /// </summary>
    public static ImmutableArray<MetadataReference> MessagePackCSharpReferences => s_messagePackCSharpReferences.Value;

    /// <summary>MessagePack-CSharp alone, without the bridge: a project that uses MessagePack-CSharp but not Messaging.MessagePackCSharp.</summary>
    public static ImmutableArray<MetadataReference> MessagePackReferences => s_messagePackCSharpReferences.Value.RemoveAt(2);

    /// <summary>What code that builds a container and runs a bus needs besides <see cref="References"/>: DI, logging, hosting, options.</summary>
    public static ImmutableArray<MetadataReference> HostingReferences => s_hostingReferences.Value;

    /// <summary>Compiles <paramref name="sources"/> (one tree each) as an assembly named <paramref name="assemblyName"/>.</summary>
    public static CSharpCompilation Create(
        IEnumerable<string> sources,
        string assemblyName = "Tests.Contracts",
        IEnumerable<MetadataReference>? extraReferences = null,
        ImmutableArray<MetadataReference>? baseReferences = null)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs"));
        var references = baseReferences ?? References;
        if (extraReferences is not null)
        {
            references = references.AddRange(extraReferences);
        }

        return CSharpCompilation.Create(assemblyName, trees, references, s_options);
    }

    /// <summary>Compiles <paramref name="sources"/> to an image and returns it as a reference, for tests of messages from another assembly.</summary>
    public static MetadataReference CompileToReference(IEnumerable<string> sources, string assemblyName)
    {
        var compilation = Create(sources, assemblyName);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{assemblyName} does not compile:\n{string.Join('\n', result.Diagnostics)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Parses one more tree with the same options.</summary>
    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The shared framework is where System.Private.CoreLib lives; test-only assemblies (xunit, Roslyn) are left out.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var framework = trusted
            .Where(path => path.Length > 0 && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return
        [
            .. framework.Select(path => MetadataReference.CreateFromFile(path)),
            // The runtime (MessagingBuilder, the MassTransit serializer); the wire core is in Messaging.Abstractions, below.
            MetadataReference.CreateFromFile(typeof(global::Messaging.MessagingBuilder).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(MessageAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(MassTransit.IConsumer<>).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(MassTransit.Testing.ITestHarness).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
        ];
    }
}
