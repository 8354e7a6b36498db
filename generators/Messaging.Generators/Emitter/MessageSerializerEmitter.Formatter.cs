using System;
using System.Text;
using Messaging.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Emitter;

internal static partial class MessageSerializerEmitter
{
    /// <summary>Adds <c>{Namespace}.{Type}.Formatter.g.cs</c>, unless the message gets no formatter.</summary>
    public static void EmitFormatter(SourceProductionContext context, MessageSpec? spec, TargetFactsSpec target)
    {
        if (spec is not null)
        {
            context.AddSource(spec.DottedName + ".Formatter.g.cs", WriteFormatter(spec, target).ToSourceText());
        }
    }

    // internal sealed class N_TFormatter : IWireFormatter<global::N.T>
    // {
    //     public static readonly N_TFormatter Instance = new();
    //     public static void Write(ref WireWriter writer, global::N.T? value) { ... }
    //     public static global::N.T Read(ref WireReader reader) { ... }
    //     public void Serialize(ref WireWriter writer, global::N.T value) => Write(ref writer, value);
    //     public global::N.T Deserialize(ref WireReader reader) => Read(ref reader);
    //     (private helpers the collections need)
    // }
    internal static SourceWriter WriteFormatter(MessageSpec spec, TargetFactsSpec? target = null)
    {
        var writer = new SourceWriter();
        var context = new FormatterContext { Target = target ?? TargetFactsSpec.Modern };
        var type = spec.Type.FullyQualifiedName;

        WriteFileHeader(writer);
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{type}\"/> as a MessagePack array of {spec.ArrayLength} elements.</summary>");
        writer.WriteLine(s_generatedCodeAttribute);
        writer.WriteLine($"internal sealed class {spec.FormatterName} : {TypeNames.WireFormatterInterface}<{type}>");
        writer.OpenBlock();
        writer.WriteLine($"""
            /// <summary>The shared instance; the formatter has no state.</summary>
            public static readonly {spec.FormatterName} Instance = new();

            """);

        WriteWriteMethod(writer, context, spec);
        writer.WriteLine();
        WriteReadMethod(writer, context, spec);
        writer.WriteLine();

        writer.WriteLine($"""
            /// <inheritdoc/>
            public void Serialize(ref {TypeNames.WireWriter} writer, {type} value) => Write(ref writer, value);

            /// <inheritdoc/>
            public {type} Deserialize(ref {TypeNames.WireReader} reader) => Read(ref reader);
            """);

        WriteHelpers(writer, context);
        writer.CloseBlock();
        return writer;
    }

    // public static void Write(ref WireWriter writer, global::N.T? value)
    // {
    //     if (value is null) { writer.WriteNil(); return; }      // classes only
    //     writer.EnterNested();
    //     writer.WriteArrayHeader(3);
    //     writer.Write(value.Id);                                  // key 0
    //     writer.WriteNil();                                       // key 1: a gap
    //     ...                                                      // key 2, per its shape
    //     writer.ExitNested();
    // }
    private static void WriteWriteMethod(SourceWriter writer, FormatterContext context, MessageSpec spec)
    {
        var nullable = spec.Type.IsValueType ? string.Empty : "?";
        writer.WriteLine($"""
            /// <summary>Writes <paramref name="value"/> as the array {DescribeLayout(spec)}{(spec.Type.IsValueType ? "" : ", or nil when it is null")}.</summary>
            public static void Write(ref {TypeNames.WireWriter} writer, {spec.Type.FullyQualifiedName}{nullable} value)
            """);
        writer.OpenBlock();
        if (!spec.Type.IsValueType)
        {
            writer.WriteLine("""
                if (value is null)
                {
                    writer.WriteNil();
                    return;
                }

                """);
        }

        // Depth is counted on write too: a cyclic object graph of a recursive message must fail, not overflow the stack.
        writer.WriteLine("writer.EnterNested();");
        writer.WriteLine($"writer.WriteArrayHeader({spec.ArrayLength});");
        var next = 0;
        var previousIsBlock = false;
        foreach (var member in spec.Members)
        {
            // Statements that span several lines stand apart; one-line writes stay together.
            var gap = member.Key - next;
            if (gap > 0)
            {
                previousIsBlock = WriteGapWrite(writer, gap, previousIsBlock);
            }

            var isBlock = IsBlock(member.Shape);
            if (isBlock || previousIsBlock)
            {
                writer.WriteLine();
            }

            WriteValue(writer, context, member.Shape, "value." + member.Identifier);
            next = member.Key + 1;
            previousIsBlock = isBlock;
        }

        if (previousIsBlock)
        {
            writer.WriteLine();
        }

        writer.WriteLine("writer.ExitNested();");
        writer.CloseBlock();
    }

    // Keys no member has travel as nil: one line for a single gap, a loop for a run. Returns whether it wrote a block.
    private static bool WriteGapWrite(SourceWriter writer, int length, bool previousIsBlock)
    {
        if (length == 1)
        {
            if (previousIsBlock)
            {
                writer.WriteLine();
            }

            writer.WriteLine("writer.WriteNil();");
            return false;
        }

        writer.WriteLine();
        writer.WriteLine($"for (var gap = 0; gap < {length}; gap++)");
        writer.OpenBlock();
        writer.WriteLine("writer.WriteNil();");
        writer.CloseBlock();
        return true;
    }

    // public static global::N.T Read(ref WireReader reader)
    // {
    //     if (reader.TryReadNil()) { return null!; }               // classes only
    //     int f0 = default; string f1 = default!;                  // or the constructor parameter's default value
    //     var fieldIndex = -1;
    //     try
    //     {
    //         reader.EnterNested();
    //         var count = reader.ReadArrayHeader();
    //         if (count > 0) { fieldIndex = 0; f0 = reader.ReadInt32(); }
    //         if (count > 1) { fieldIndex = 1; f1 = reader.ReadString()!; }
    //         for (fieldIndex = 2; fieldIndex < count; fieldIndex++) { reader.Skip(); }   // newer producers
    //         reader.ExitNested();
    //     }
    //     catch (WireSerializationException ex)
    //     {
    //         throw ex.WithMember("T", fieldIndex, fieldIndex switch { 0 => "Id", 1 => "Name", _ => null });
    //     }
    //     return new global::N.T(f0) { Name = f1 };
    // }
    private static void WriteReadMethod(SourceWriter writer, FormatterContext context, MessageSpec spec)
    {
        var type = spec.Type.FullyQualifiedName;
        writer.WriteLine($"""
            /// <summary>Reads the array {DescribeLayout(spec)}{(spec.Type.IsValueType ? "" : ", or null from nil")}.</summary>
            /// <exception cref="{TypeNames.WireSerializationException}">The input is malformed or does not match; the message names the field.</exception>
            public static {type} Read(ref {TypeNames.WireReader} reader)
            """);
        writer.OpenBlock();
        if (!spec.Type.IsValueType)
        {
            writer.WriteLine("""
                if (reader.TryReadNil())
                {
                    return null!;
                }

                """);
        }

        if (spec.Members.Count > 0)
        {
            writer.WriteLine("// Fields an older producer did not send keep these values; reference members then stay null, hence the `!`s.");
            foreach (var member in spec.Members)
            {
                var initial = member.DefaultValue ?? Default(member.Shape.Type);
                writer.WriteLine($"{member.Shape.Type.FullyQualifiedName} {Local(member)} = {initial};");
            }

            writer.WriteLine();
        }

        // Members with initializers of their own are set only when sent, which the construction decides by the count.
        var keepsInitializers = false;
        foreach (var member in spec.Members)
        {
            keepsInitializers |= member.KeepsOwnInitializer;
        }

        if (keepsInitializers)
        {
            writer.WriteLine("var count = 0;");
        }

        writer.WriteLine("var fieldIndex = -1;");
        writer.WriteLine("try");
        writer.OpenBlock();
        writer.WriteLine("reader.EnterNested();");
        writer.WriteLine(keepsInitializers ? "count = reader.ReadArrayHeader();" : "var count = reader.ReadArrayHeader();");
        var next = 0;
        foreach (var member in spec.Members)
        {
            WriteGapRead(writer, next, member.Key);
            writer.WriteLine();
            writer.WriteLine($"if (count > {member.Key})");
            writer.OpenBlock();
            writer.WriteLine($"fieldIndex = {member.Key};");
            ReadValueInto(writer, context, member.Shape, Local(member));
            writer.CloseBlock();
            next = member.Key + 1;
        }

        writer.WriteLine($"""

            // A newer producer may send fields this version does not know: skip them.
            for (fieldIndex = {spec.ArrayLength}; fieldIndex < count; fieldIndex++)
            """);
        writer.OpenBlock();
        writer.WriteLine("reader.Skip();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("reader.ExitNested();");
        writer.CloseBlock();
        writer.WriteLine($"catch ({TypeNames.WireSerializationException} ex)");
        writer.OpenBlock();
        WriteRethrow(writer, spec);
        writer.CloseBlock();
        writer.WriteLine();
        WriteConstruction(writer, spec);
        writer.CloseBlock();
    }

    private static void WriteGapRead(SourceWriter writer, int from, int to)
    {
        if (to - from >= 1)
        {
            writer.WriteLine();
        }

        if (to - from == 1)
        {
            writer.WriteLine($"if (count > {from})");
            writer.OpenBlock();
            writer.WriteLine($"fieldIndex = {from};");
            writer.WriteLine("reader.Skip();");
            writer.CloseBlock();
        }
        else if (to - from > 1)
        {
            writer.WriteLine($"for (fieldIndex = {from}; fieldIndex < {to} && fieldIndex < count; fieldIndex++)");
            writer.OpenBlock();
            writer.WriteLine("reader.Skip();");
            writer.CloseBlock();
        }
    }

    private static void WriteRethrow(SourceWriter writer, MessageSpec spec)
    {
        if (spec.Members.Count == 0)
        {
            writer.WriteLine($"throw ex.WithMember({Quote(spec.DisplayName)}, fieldIndex, null);");
            return;
        }

        writer.WriteLine($"throw ex.WithMember({Quote(spec.DisplayName)}, fieldIndex, fieldIndex switch");
        writer.OpenBlock();
        foreach (var member in spec.Members)
        {
            writer.WriteLine($"{member.Key} => {Quote(member.Name)},");
        }

        writer.WriteLine("_ => null,");
        writer.CloseBlock(");");
    }

    // return new global::N.T(f0, f2)
    // {
    //     Name = f1,
    // };
    //
    // When members have initializers of their own (Currency { get; init; } = "EUR", key 3), a producer that sent them
    // all gets the construction above; an older one gets its values over those of an instance built without them:
    //
    // if (count > 3)
    // {
    //     return new global::N.T(f0) { Name = f1, Currency = f3 };
    // }
    //
    // // An older producer: the members it did not send keep their initializers, read off an instance that sets none.
    // var initial = new global::N.T(f0) { Name = f1 };
    // return new global::N.T(f0) { Name = f1, Currency = count > 3 ? f3 : initial.Currency };
    private static void WriteConstruction(SourceWriter writer, MessageSpec spec)
    {
        var lastKept = -1;
        foreach (var member in spec.Members)
        {
            if (member.KeepsOwnInitializer)
            {
                lastKept = member.Key;
            }
        }

        if (lastKept < 0)
        {
            WriteConstruction(writer, spec, "return", static member => Local(member));
            return;
        }

        writer.WriteLine($"if (count > {lastKept})");
        writer.OpenBlock();
        WriteConstruction(writer, spec, "return", static member => Local(member));
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("// An older producer: the members it did not send keep their initializers, read off an instance that sets none.");
        WriteConstruction(writer, spec, "var initial =", static member => member.KeepsOwnInitializer ? null : Local(member));
        WriteConstruction(writer, spec, "return", static member =>
            member.KeepsOwnInitializer ? $"count > {member.Key} ? {Local(member)} : initial.{member.Identifier}" : Local(member));
    }

    // `{prefix} new T(f0, f2) { Name = f1 };`: constructor arguments, then each member the object initializer sets with
    // the value valueOf gives it, or left out when it gives null.
    private static void WriteConstruction(SourceWriter writer, MessageSpec spec, string prefix, Func<MemberSpec, string?> valueOf)
    {
        var call = new StringBuilder(prefix).Append(" new ").Append(spec.Type.FullyQualifiedName).Append('(');
        for (var i = 0; i < spec.ConstructorArguments.Count; i++)
        {
            call.Append(i == 0 ? string.Empty : ", ").Append('f').Append(spec.ConstructorArguments[i]);
        }

        var assignments = new System.Collections.Generic.List<string>();
        foreach (var member in spec.Members)
        {
            if (member.IsSetByInitializer && valueOf(member) is { } value)
            {
                assignments.Add($"{member.Identifier} = {value},");
            }
        }

        if (spec.ConstructorArguments.Count > 0 || assignments.Count == 0)
        {
            call.Append(')');
        }
        else
        {
            call.Length--;
        }

        if (assignments.Count == 0)
        {
            writer.WriteLine(call.Append(';').ToString());
            return;
        }

        writer.WriteLine(call.ToString());
        writer.OpenBlock();
        foreach (var assignment in assignments)
        {
            writer.WriteLine(assignment);
        }

        writer.CloseBlock(";");
    }

    private static string Local(MemberSpec member) => "f" + member.Key;

    // "[0: OrderId, 1: Region, 2: Total]"
    private static string DescribeLayout(MessageSpec spec)
    {
        var text = new StringBuilder("[");
        foreach (var member in spec.Members)
        {
            text.Append(text.Length == 1 ? string.Empty : ", ").Append(member.Key).Append(": ").Append(member.Name);
        }

        return text.Append(']').ToString();
    }
}
