using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Emitter;

internal static partial class MessageSerializerEmitter
{
    /// <summary>Adds <c>{AssemblyName}.Formatters.g.cs</c>.</summary>
    public static void EmitRegistry(SourceProductionContext context, RegistrySpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        context.AddSource(spec.AssemblyName + ".Formatters.g.cs", WriteRegistry(spec).ToSourceText());
    }

    // internal static class GeneratedWireFormatters
    // {
    //     [ModuleInitializer]
    //     internal static void Register()
    //     {
    //         WireFormatters.Register<global::N.T>(N_TFormatter.Instance);   // per message
    //     }
    //
    //     public static IWireFormatter<T>? GetFormatter<T>()
    //     {
    //         if (typeof(T) == typeof(global::N.T)) { return (IWireFormatter<T>)(object)N_TFormatter.Instance; }
    //         return null;
    //     }
    // }
    internal static SourceWriter WriteRegistry(RegistrySpec spec)
    {
        var writer = new SourceWriter();
        WriteFileHeader(writer);
        writer.WriteLine("/// <summary>The MessagePack formatters generated for the messages of this assembly.</summary>");
        writer.WriteLine(s_generatedCodeAttribute);
        writer.WriteLine($"internal static class {TypeNames.RegistryClass}");
        writer.OpenBlock();

        // CA2255 guards libraries against surprising work at load time; registering formatters before first use,
        // without reflection, is exactly what a module initializer is for.
        WriteDirective(writer, "#pragma warning disable CA2255");
        writer.WriteLine($"""
            /// <summary>
            /// Registers every formatter with <see cref="{TypeNames.WireFormatters}"/> when the assembly is loaded,
            /// so serialization needs no reflection and no setup call.
            /// </summary>
            [{TypeNames.ModuleInitializerAttribute}]
            internal static void Register()
            """);
        writer.OpenBlock();
        foreach (var entry in spec.Entries)
        {
            writer.WriteLine($"{TypeNames.WireFormatters}.Register<{entry.MessageType}>({entry.FormatterName}.Instance);");
        }

        writer.CloseBlock();
        WriteDirective(writer, "#pragma warning restore CA2255");
        writer.WriteLine();

        writer.WriteLine($"""
            /// <summary>Returns the generated formatter for <typeparamref name="T"/>, or <see langword="null"/> when it is not a message of this assembly.</summary>
            /// <remarks>Each <c>typeof</c> comparison is a constant to the JIT, so a call compiles down to returning one instance.</remarks>
            public static {TypeNames.WireFormatterInterface}<T>? GetFormatter<T>()
            """);
        writer.OpenBlock();
        foreach (var entry in spec.Entries)
        {
            writer.WriteLine($"if (typeof(T) == typeof({entry.MessageType}))");
            writer.OpenBlock();
            writer.WriteLine($"return ({TypeNames.WireFormatterInterface}<T>)(object){entry.FormatterName}.Instance;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer;
    }

    private static void WriteDirective(SourceWriter writer, string directive)
    {
        var indentation = writer.Indentation;
        writer.Indentation = 0;
        writer.WriteLine(directive);
        writer.Indentation = indentation;
    }
}
