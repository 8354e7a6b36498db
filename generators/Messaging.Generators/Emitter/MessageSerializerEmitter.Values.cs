using System;
using Messaging.Generators.Model;

namespace Messaging.Generators.Emitter;

// Reading and writing one value of any shape. Shapes nest (a list of dictionaries of nullable enums), so these
// methods recurse, and every collection takes a fresh number from the formatter's context for its locals
// (items0, span1, array2...), which keeps nested and sibling loops from clashing.
internal static partial class MessageSerializerEmitter
{
    private static void WriteValue(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        switch (shape.Kind)
        {
            case TypeShapeKind.Primitive:
                writer.WriteLine($"writer.Write({value});");
                break;
            case TypeShapeKind.Enum:
                writer.WriteLine($"writer.Write(({Keyword(shape.Primitive)}){value});");
                break;
            case TypeShapeKind.Memory:
                writer.WriteLine($"writer.WriteBinary({value}.Span);");
                break;
            case TypeShapeKind.Message:
                writer.WriteLine($"{shape.FormatterName}.Write(ref writer, {value});");
                break;
            case TypeShapeKind.ExternalMessage:
                writer.WriteLine($"{TypeNames.WireFormatters}.Get<{shape.Type.FullyQualifiedName}>().Serialize(ref writer, {value});");
                break;
            case TypeShapeKind.MessagePackCSharp:
                WriteMessagePackCSharp(writer, context, shape, value);
                break;
            case TypeShapeKind.Nullable:
                WriteNullable(writer, context, shape, value);
                break;
            case TypeShapeKind.Array:
                WriteArray(writer, context, shape, value);
                break;
            case TypeShapeKind.List:
            case TypeShapeKind.ImmutableArray:
                WriteSpanBacked(writer, context, shape, value);
                break;
            case TypeShapeKind.MutableCollectionInterface:
            case TypeShapeKind.ReadOnlyCollectionInterface:
            case TypeShapeKind.Enumerable:
                WriteCollectionInterface(writer, context, shape, value);
                break;
            case TypeShapeKind.Set:
                WriteSet(writer, context, shape, value);
                break;
            case TypeShapeKind.Dictionary:
            case TypeShapeKind.DictionaryInterface:
                WriteMap(writer, context, shape, value);
                break;
            default:
                throw new InvalidOperationException($"Unknown shape {shape.Kind}.");
        }
    }

    // MessagePackCSharpBridge.Write<global::N.Point>(ref writer, value.Origin);             // the configured resolver's formatter
    // MessagePackCSharpBridge.Write(ref writer, value.Origin!, s_N_PointFormatter);        // a [MessagePackFormatter]'s
    private static void WriteMessagePackCSharp(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        if (shape.MessagePackFormatter is null)
        {
            writer.WriteLine($"{TypeNames.MessagePackCSharpBridge}.Write<{shape.Type.FullyQualifiedName}>(ref writer, {value});");
            return;
        }

        // The formatter's type argument decides T; it formats the type without its nullable annotation, and handles nil itself.
        var field = context.AddMessagePackFormatter(shape);
        writer.WriteLine($"{TypeNames.MessagePackCSharpBridge}.Write(ref writer, {value}{(shape.Type.IsValueType ? string.Empty : "!")}, {field});");
    }

    // if (value.Total is { } value0) { writer.Write(value0); }
    // else { writer.WriteNil(); }
    private static void WriteNullable(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        var local = "value" + context.NextId();
        writer.WriteLine($"if ({value} is {{ }} {local})");
        writer.OpenBlock();
        WriteValue(writer, context, shape.Element!, local);
        writer.CloseBlock();
        WriteElseNil(writer);
    }

    // var items0 = value.Lines;
    // if (items0 is null) { writer.WriteNil(); }
    // else
    // {
    //     writer.WriteArrayHeader(items0.Length);
    //     for (var i0 = 0; i0 < items0.Length; i0++) { ...items0[i0]... }
    // }
    private static void WriteArray(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        var id = context.NextId();
        writer.WriteLine($"var items{id} = {value};");
        WriteIfNullNil(writer, $"items{id}");
        writer.WriteLine("else");
        writer.OpenBlock();
        writer.WriteLine($"writer.WriteArrayHeader(items{id}.Length);");
        writer.WriteLine($"for (var i{id} = 0; i{id} < items{id}.Length; i{id}++)");
        writer.OpenBlock();
        WriteValue(writer, context, shape.Element!, $"items{id}[i{id}]");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    // List<T> through CollectionsMarshal.AsSpan, ImmutableArray<T> through AsSpan (nil for a default instance):
    // var items0 = value.Lines;
    // if (items0 is null) { writer.WriteNil(); }
    // else
    // {
    //     var span0 = CollectionsMarshal.AsSpan(items0);
    //     writer.WriteArrayHeader(span0.Length);
    //     foreach (var item0 in span0) { ... }
    // }
    private static void WriteSpanBacked(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        var id = context.NextId();
        var items = $"items{id}";
        writer.WriteLine($"var {items} = {value};");
        if (shape.Kind == TypeShapeKind.ImmutableArray)
        {
            writer.WriteLine($"if ({items}.IsDefault)");
            writer.OpenBlock();
            writer.WriteLine("writer.WriteNil();");
            writer.CloseBlock();
        }
        else
        {
            WriteIfNullNil(writer, items);
        }

        writer.WriteLine("else");
        writer.OpenBlock();
        writer.WriteLine(shape.Kind == TypeShapeKind.ImmutableArray
            ? $"var span{id} = {items}.AsSpan();"
            : context.Target.HasCollectionsMarshal
                ? $"var span{id} = {TypeNames.CollectionsMarshal}.AsSpan({items});"
                // netstandard2.0: no way to the list's array without reflection, so one copy.
                : $"var span{id} = {items}.ToArray();");
        WriteSpanLoop(writer, context, shape, id);
        writer.CloseBlock();
    }

    // An interface is usually an array or a List<T> (every list this formatter reads is one), so those go
    // through a span; anything else is counted and enumerated:
    // var items0 = value.Lines;
    // if (items0 is null) { writer.WriteNil(); }
    // else if (TryGetSpan(items0, out var span0)) { header; foreach (var item0 in span0) { ... } }
    // else { writer.WriteArrayHeader(items0.Count); for/foreach ... }
    private static void WriteCollectionInterface(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        var id = context.NextId();
        var items = $"items{id}";
        context.NeedsTryGetSpan = true;
        writer.WriteLine($"var {items} = {value};");
        WriteIfNullNil(writer, items);
        writer.WriteLine($"else if (TryGetSpan({items}, out var span{id}))");
        writer.OpenBlock();
        WriteSpanLoop(writer, context, shape, id);
        writer.CloseBlock();
        writer.WriteLine("else");
        writer.OpenBlock();
        if (shape.Kind == TypeShapeKind.Enumerable)
        {
            // The array header comes first, so a sequence that is not a collection is buffered once.
            context.NeedsCounted = true;
            writer.WriteLine($"var counted{id} = Counted({items}, out var count{id});");
            writer.WriteLine($"writer.WriteArrayHeader(count{id});");
            writer.WriteLine($"foreach (var item{id} in counted{id})");
            writer.OpenBlock();
            WriteValue(writer, context, shape.Element!, $"item{id}");
            writer.CloseBlock();
        }
        else if (shape.IsIndexable)
        {
            writer.WriteLine($"var count{id} = {items}.Count;");
            writer.WriteLine($"writer.WriteArrayHeader(count{id});");
            writer.WriteLine($"for (var i{id} = 0; i{id} < count{id}; i{id}++)");
            writer.OpenBlock();
            WriteValue(writer, context, shape.Element!, $"{items}[i{id}]");
            writer.CloseBlock();
        }
        else
        {
            WriteCountedForeach(writer, context, shape, items, id);
        }

        writer.CloseBlock();
    }

    // A set, in its enumeration order (a HashSet's own struct enumerator when the member is one):
    // var items0 = value.Tags;
    // if (items0 is null) { writer.WriteNil(); }
    // else { writer.WriteArrayHeader(items0.Count); foreach (var item0 in items0) { ... } }
    private static void WriteSet(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        var id = context.NextId();
        var items = $"items{id}";
        writer.WriteLine($"var {items} = {value};");
        WriteIfNullNil(writer, items);
        writer.WriteLine("else");
        writer.OpenBlock();
        WriteCountedForeach(writer, context, shape, items, id);
        writer.CloseBlock();
    }

    // writer.WriteArrayHeader(items0.Count); foreach (var item0 in items0) { ... }
    private static void WriteCountedForeach(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string items, int id)
    {
        writer.WriteLine($"writer.WriteArrayHeader({items}.Count);");
        writer.WriteLine($"foreach (var item{id} in {items})");
        writer.OpenBlock();
        WriteValue(writer, context, shape.Element!, $"item{id}");
        writer.CloseBlock();
    }

    private static void WriteSpanLoop(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, int id)
    {
        writer.WriteLine($"writer.WriteArrayHeader(span{id}.Length);");
        writer.WriteLine($"foreach (var item{id} in span{id})");
        writer.OpenBlock();
        WriteValue(writer, context, shape.Element!, $"item{id}");
        writer.CloseBlock();
    }

    // var map0 = value.Prices;
    // if (map0 is null) { writer.WriteNil(); }
    // else if (map0 is Dictionary<K, V> dictionary0) { header; foreach (var entry0 in dictionary0) { key; value } }   // interfaces only
    // else { writer.WriteMapHeader(map0.Count); foreach (var entry0 in map0) { key; value } }
    private static void WriteMap(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string value)
    {
        var id = context.NextId();
        var map = $"map{id}";
        writer.WriteLine($"var {map} = {value};");
        WriteIfNullNil(writer, map);
        if (shape.Kind == TypeShapeKind.DictionaryInterface)
        {
            // The common case, and the one this formatter reads, enumerates without allocating.
            writer.WriteLine($"else if ({map} is {DictionaryType(shape)} dictionary{id})");
            writer.OpenBlock();
            WriteMapEntries(writer, context, shape, id, $"dictionary{id}");
            writer.CloseBlock();
        }

        writer.WriteLine("else");
        writer.OpenBlock();
        WriteMapEntries(writer, context, shape, id, map);
        writer.CloseBlock();
    }

    private static void WriteMapEntries(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, int id, string map)
    {
        writer.WriteLine($"writer.WriteMapHeader({map}.Count);");
        writer.WriteLine($"foreach (var entry{id} in {map})");
        writer.OpenBlock();
        WriteValue(writer, context, shape.Key!, $"entry{id}.Key");
        if (IsBlock(shape.Key!) || IsBlock(shape.Element!))
        {
            writer.WriteLine();
        }

        WriteValue(writer, context, shape.Element!, $"entry{id}.Value");
        writer.CloseBlock();
    }

    private static void WriteIfNullNil(SourceWriter writer, string local)
    {
        writer.WriteLine($"if ({local} is null)");
        writer.OpenBlock();
        writer.WriteLine("writer.WriteNil();");
        writer.CloseBlock();
    }

    private static void WriteElseNil(SourceWriter writer)
    {
        writer.WriteLine("else");
        writer.OpenBlock();
        writer.WriteLine("writer.WriteNil();");
        writer.CloseBlock();
    }

    // Reads one value into `target` (a local or an array element): a single assignment for scalars, messages and
    // nullables of those; statements for collections and maps.
    // With `nilChecked`, the caller has already consumed a possible nil (a Nullable<ImmutableArray<T>>).
    private static void ReadValueInto(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string target, bool nilChecked = false)
    {
        if (ReadExpression(shape) is { } expression)
        {
            writer.WriteLine($"{target} = {expression};");
            return;
        }

        switch (shape.Kind)
        {
            case TypeShapeKind.Nullable:
                writer.WriteLine("if (reader.TryReadNil())");
                writer.OpenBlock();
                writer.WriteLine($"{target} = null;");
                writer.CloseBlock();
                writer.WriteLine("else");
                writer.OpenBlock();
                ReadValueInto(writer, context, shape.Element!, target, nilChecked: true);
                writer.CloseBlock();
                break;
            case TypeShapeKind.Array:
            case TypeShapeKind.ReadOnlyCollectionInterface:
            case TypeShapeKind.Enumerable:
            case TypeShapeKind.ImmutableArray:
                ReadArray(writer, context, shape, target, nilChecked);
                break;
            case TypeShapeKind.List:
            case TypeShapeKind.MutableCollectionInterface:
            case TypeShapeKind.Set:
                ReadList(writer, context, shape, target, nilChecked);
                break;
            case TypeShapeKind.Dictionary:
            case TypeShapeKind.DictionaryInterface:
                ReadMap(writer, context, shape, target, nilChecked);
                break;
            default:
                throw new InvalidOperationException($"Shape {shape.Kind} has no statement form.");
        }
    }

    // The expression that reads a scalar, a message, or a nullable of one; null for collections and maps.
    private static string? ReadExpression(TypeShapeSpec shape)
    {
        switch (shape.Kind)
        {
            case TypeShapeKind.Primitive:
                // ReadString and ReadBytes return null for nil; a non-nullable member keeps it (see the note in Read).
                return $"reader.{ReadMethod(shape.Primitive)}()" + (shape.Primitive is PrimitiveKind.String or PrimitiveKind.Bytes && !IsAnnotated(shape.Type) ? "!" : string.Empty);
            case TypeShapeKind.Enum:
                return $"({shape.Type.FullyQualifiedName})reader.{ReadMethod(shape.Primitive)}()";
            case TypeShapeKind.Memory:
                return $"({shape.Type.FullyQualifiedName})reader.ReadBytes()";
            case TypeShapeKind.Message:
                return $"{shape.FormatterName}.Read(ref reader)";
            case TypeShapeKind.ExternalMessage:
                return $"{TypeNames.WireFormatters}.Get<{shape.Type.FullyQualifiedName}>().Deserialize(ref reader)" + (shape.Type.IsValueType || IsAnnotated(shape.Type) ? string.Empty : "!");
            case TypeShapeKind.MessagePackCSharp:
                return shape.MessagePackFormatter is null
                    ? $"{TypeNames.MessagePackCSharpBridge}.Read<{shape.Type.FullyQualifiedName}>(ref reader)"
                    : $"{TypeNames.MessagePackCSharpBridge}.Read(ref reader, {MessagePackFormatterField(shape)})" + (shape.Type.IsValueType ? string.Empty : "!");
            case TypeShapeKind.Nullable:
                return ReadExpression(shape.Element!) is { } underlying
                    ? $"reader.TryReadNil() ? default({shape.Type.FullyQualifiedName}) : {underlying}"
                    : null;
            default:
                return null;
        }
    }

    // The count on the wire is only checked against the bytes remaining, and one byte can stand for an element of
    // many (a 128-byte struct, a 16-byte Guid): presizing to the wire count would let a hostile body make us allocate
    // a large multiple of its size before the first element fails to read. Collections start at most this large and
    // grow as elements actually arrive, so allocation stays proportional to what was read.
    private const int PresizeLimit = 4096;

    private static string Presize(string count) => $"global::System.Math.Min({count}, {PresizeLimit})";

    // if (reader.TryReadNil()) { target = null!; }                 // ImmutableArray: default
    // else
    // {
    //     reader.EnterNested();
    //     var count0 = reader.ReadArrayHeader();
    //     var array0 = new T[Math.Min(count0, PresizeLimit)];
    //     for (var i0 = 0; i0 < count0; i0++)
    //     {
    //         if (i0 == array0.Length) { Array.Resize(ref array0, (int)Math.Min(count0, 2L * array0.Length)); }
    //         array0[i0] = ...;
    //     }
    //     reader.ExitNested();
    //     target = array0;                                         // ImmutableArray: AsImmutableArray(array0), no copy
    // }
    private static void ReadArray(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string target, bool nilChecked)
    {
        var id = context.NextId();
        var immutable = shape.Kind == TypeShapeKind.ImmutableArray;
        OpenNotNil(writer, target, Null(shape.Type), nilChecked);
        writer.WriteLine("reader.EnterNested();");
        writer.WriteLine($"var count{id} = reader.ReadArrayHeader();");
        writer.WriteLine($"var array{id} = new {shape.NewArrayPrefix}[{Presize($"count{id}")}]{shape.NewArraySuffix};");
        writer.WriteLine($"for (var i{id} = 0; i{id} < count{id}; i{id}++)");
        writer.OpenBlock();
        writer.WriteLine($"if (i{id} == array{id}.Length)");
        writer.OpenBlock();
        writer.WriteLine($"global::System.Array.Resize(ref array{id}, (int)global::System.Math.Min(count{id}, 2L * array{id}.Length));");
        writer.CloseBlock();
        writer.WriteLine();
        ReadValueInto(writer, context, shape.Element!, $"array{id}[i{id}]");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("reader.ExitNested();");
        writer.WriteLine(!immutable
            ? $"{target} = array{id};"
            : context.Target.HasImmutableCollectionsMarshal
                ? $"{target} = {TypeNames.ImmutableCollectionsMarshal}.AsImmutableArray(array{id});"
                : $"{target} = {TypeNames.ImmutableArrayFactory}.Create(array{id});");
        CloseNotNil(writer, nilChecked);
    }

    // if (reader.TryReadNil()) { target = null!; }
    // else
    // {
    //     reader.EnterNested();
    //     var count0 = reader.ReadArrayHeader();
    //     var list0 = new List<T>(Math.Min(count0, PresizeLimit));        // a set: new HashSet<T>(...)
    //     for (var i0 = 0; i0 < count0; i0++) { list0.Add(...); }
    //     reader.ExitNested();
    //     target = list0;
    // }
    private static void ReadList(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string target, bool nilChecked)
    {
        var id = context.NextId();
        var element = shape.Element!;
        OpenNotNil(writer, target, Null(shape.Type), nilChecked);
        writer.WriteLine("reader.EnterNested();");
        writer.WriteLine($"var count{id} = reader.ReadArrayHeader();");
        // A set keeps one of repeated elements, as a set does; the list kinds keep them all.
        var collection = shape.Kind == TypeShapeKind.Set ? TypeNames.GenericHashSet : TypeNames.GenericList;
        writer.WriteLine($"var list{id} = new {collection}<{element.Type.FullyQualifiedName}>({Presize($"count{id}")});");
        writer.WriteLine($"for (var i{id} = 0; i{id} < count{id}; i{id}++)");
        writer.OpenBlock();
        if (ReadExpression(element) is { } expression)
        {
            writer.WriteLine($"list{id}.Add({expression});");
        }
        else
        {
            writer.WriteLine($"{element.Type.FullyQualifiedName} item{id};");
            ReadValueInto(writer, context, element, $"item{id}");
            writer.WriteLine();
            writer.WriteLine($"list{id}.Add(item{id});");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("reader.ExitNested();");
        writer.WriteLine($"{target} = list{id};");
        CloseNotNil(writer, nilChecked);
    }

    // if (reader.TryReadNil()) { target = null!; }
    // else
    // {
    //     reader.EnterNested();
    //     var count0 = reader.ReadMapHeader();
    //     var map0 = new Dictionary<K, V>(Math.Min(count0, PresizeLimit));
    //     for (var i0 = 0; i0 < count0; i0++)
    //     {
    //         var keyOffset0 = reader.Position;
    //         K key0 = ...;  (reference keys: nil throws)
    //         V value0 = ...;
    //         if (!map0.TryAdd(key0, value0)) { throw new WireSerializationException($"duplicate map key '{key0}'", keyOffset0); }
    //     }
    //     reader.ExitNested();
    //     target = map0;
    // }
    private static void ReadMap(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string target, bool nilChecked)
    {
        var id = context.NextId();
        var key = shape.Key!;
        var value = shape.Element!;
        OpenNotNil(writer, target, Null(shape.Type), nilChecked);
        writer.WriteLine("reader.EnterNested();");
        writer.WriteLine($"var count{id} = reader.ReadMapHeader();");
        writer.WriteLine($"var map{id} = new {DictionaryType(shape)}({Presize($"count{id}")});");
        writer.WriteLine($"for (var i{id} = 0; i{id} < count{id}; i{id}++)");
        writer.OpenBlock();
        writer.WriteLine($"var keyOffset{id} = reader.Position;");
        WriteDeclareAndRead(writer, context, key, $"key{id}");
        if (IsBlock(key))
        {
            writer.WriteLine();
        }

        if (!key.Type.IsValueType)
        {
            writer.WriteLine($"if (key{id} is null)");
            writer.OpenBlock();
            writer.WriteLine($"throw new {TypeNames.WireSerializationException}(\"expected a map key, found nil\", keyOffset{id});");
            writer.CloseBlock();
            writer.WriteLine();
        }

        WriteDeclareAndRead(writer, context, value, $"value{id}");
        if (IsBlock(value))
        {
            writer.WriteLine();
        }

        // netstandard2.0 has no TryAdd: the same check in two lookups.
        writer.WriteLine(context.Target.HasDictionaryTryAdd ? $"if (!map{id}.TryAdd(key{id}, value{id}))" : $"if (map{id}.ContainsKey(key{id}))");
        writer.OpenBlock();
        writer.WriteLine($"throw new {TypeNames.WireSerializationException}($\"duplicate map key '{{key{id}}}'\", keyOffset{id});");
        writer.CloseBlock();
        if (!context.Target.HasDictionaryTryAdd)
        {
            writer.WriteLine();
            writer.WriteLine($"map{id}.Add(key{id}, value{id});");
        }
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("reader.ExitNested();");
        writer.WriteLine($"{target} = map{id};");
        CloseNotNil(writer, nilChecked);
    }

    private static void WriteDeclareAndRead(SourceWriter writer, FormatterContext context, TypeShapeSpec shape, string local)
    {
        if (ReadExpression(shape) is { } expression)
        {
            writer.WriteLine($"{shape.Type.FullyQualifiedName} {local} = {expression};");
            return;
        }

        writer.WriteLine($"{shape.Type.FullyQualifiedName} {local};");
        ReadValueInto(writer, context, shape, local);
    }

    // if (reader.TryReadNil()) { target = null!; }
    // else
    // {                                   (nothing of this when the caller has consumed the nil already)
    private static void OpenNotNil(SourceWriter writer, string target, string nilValue, bool nilChecked)
    {
        if (nilChecked)
        {
            return;
        }

        writer.WriteLine("if (reader.TryReadNil())");
        writer.OpenBlock();
        writer.WriteLine($"{target} = {nilValue};");
        writer.CloseBlock();
        writer.WriteLine("else");
        writer.OpenBlock();
    }

    private static void CloseNotNil(SourceWriter writer, bool nilChecked)
    {
        if (!nilChecked)
        {
            writer.CloseBlock();
        }
    }

    // Whether writing or reading the shape takes a statement block rather than one line.
    private static bool IsBlock(TypeShapeSpec shape) =>
        shape.Kind is not (TypeShapeKind.Primitive or TypeShapeKind.Enum or TypeShapeKind.Memory or TypeShapeKind.Message
            or TypeShapeKind.ExternalMessage or TypeShapeKind.MessagePackCSharp);

    // One static field per [MessagePackFormatter] type a formatter uses, named after it: s_N_PointFormatter.
    private static string MessagePackFormatterField(TypeShapeSpec shape)
    {
        var name = shape.MessagePackFormatter!;
        if (name.StartsWith("global::", StringComparison.Ordinal))
        {
            name = name.Substring("global::".Length);
        }

        var field = new System.Text.StringBuilder("s_", name.Length + 2);
        foreach (var c in name)
        {
            field.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return field.ToString();
    }

    // `default` for a type, suppressed for a non-nullable reference type: nil and missing fields leave it null.
    private static string Default(TypeRef type) => type.IsValueType || IsAnnotated(type) ? "default" : "default!";

    // What nil reads as: `default` for ImmutableArray<T>, else `null!` (the target may be a non-nullable member, or an
    // element of an array created without annotations, see TypeShapeParser.SplitArrayCreation).
    private static string Null(TypeRef type) => type.IsValueType ? "default" : "null!";

    private static bool IsAnnotated(TypeRef type) => type.FullyQualifiedName.EndsWith("?", StringComparison.Ordinal);

    private static string DictionaryType(TypeShapeSpec shape) =>
        $"{TypeNames.GenericDictionary}<{shape.Key!.Type.FullyQualifiedName}, {shape.Element!.Type.FullyQualifiedName}>";

    // Generic helpers for collection interfaces, emitted only into formatters that use them.
    private static void WriteHelpers(SourceWriter writer, FormatterContext context)
    {
        if (context.NeedsTryGetSpan)
        {
            writer.WriteLine();
            writer.WriteLine($$"""
                /// <summary>Gets the elements of an array or a <c>List&lt;T&gt;</c> as a span, without copying.</summary>
                private static bool TryGetSpan<T>({{TypeNames.GenericIEnumerable}}<T> items, out {{TypeNames.ReadOnlySpan}}<T> span)
                {
                    if (items is T[] array)
                    {
                        span = array;
                        return true;
                    }

                    if (items is {{TypeNames.GenericList}}<T> list)
                    {
                        span = {{(context.Target.HasCollectionsMarshal ? TypeNames.CollectionsMarshal + ".AsSpan(list)" : "list.ToArray()")}};
                        return true;
                    }

                    span = default;
                    return false;
                }
                """);
        }

        if (context.MessagePackFormatters.Count > 0)
        {
            foreach (var shape in context.MessagePackFormatters)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The formatter a <c>[MessagePackFormatter]</c> names, created once; MessagePack-CSharp writes and reads with it.</summary>");
                writer.WriteLine($"private static readonly {shape.MessagePackFormatter} {MessagePackFormatterField(shape)} = {shape.MessagePackFormatterInstance};");
            }
        }

        if (context.NeedsCounted)
        {
            writer.WriteLine();
            writer.WriteLine($$"""
                /// <summary>Counts a collection without enumerating it; buffers any other sequence, since the array header comes first.</summary>
                private static {{TypeNames.GenericIEnumerable}}<T> Counted<T>({{TypeNames.GenericIEnumerable}}<T> items, out int count)
                {
                    if (items is {{TypeNames.GenericICollection}}<T> collection)
                    {
                        count = collection.Count;
                        return items;
                    }

                    if (items is {{TypeNames.GenericIReadOnlyCollection}}<T> readOnlyCollection)
                    {
                        count = readOnlyCollection.Count;
                        return items;
                    }

                    var buffer = new {{TypeNames.GenericList}}<T>(items);
                    count = buffer.Count;
                    return buffer;
                }
                """);
        }
    }

    private static string ReadMethod(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Boolean => "ReadBoolean",
        PrimitiveKind.Char => "ReadChar",
        PrimitiveKind.SByte => "ReadSByte",
        PrimitiveKind.Byte => "ReadByte",
        PrimitiveKind.Int16 => "ReadInt16",
        PrimitiveKind.UInt16 => "ReadUInt16",
        PrimitiveKind.Int32 => "ReadInt32",
        PrimitiveKind.UInt32 => "ReadUInt32",
        PrimitiveKind.Int64 => "ReadInt64",
        PrimitiveKind.UInt64 => "ReadUInt64",
        PrimitiveKind.Single => "ReadSingle",
        PrimitiveKind.Double => "ReadDouble",
        PrimitiveKind.Decimal => "ReadDecimal",
        PrimitiveKind.String => "ReadString",
        PrimitiveKind.Bytes => "ReadBytes",
        PrimitiveKind.Guid => "ReadGuid",
        PrimitiveKind.DateTime => "ReadDateTime",
        PrimitiveKind.DateTimeOffset => "ReadDateTimeOffset",
        PrimitiveKind.TimeSpan => "ReadTimeSpan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // The C# keyword of an enum's underlying integer type, for the cast on write.
    private static string Keyword(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.SByte => "sbyte",
        PrimitiveKind.Byte => "byte",
        PrimitiveKind.Int16 => "short",
        PrimitiveKind.UInt16 => "ushort",
        PrimitiveKind.Int32 => "int",
        PrimitiveKind.UInt32 => "uint",
        PrimitiveKind.Int64 => "long",
        PrimitiveKind.UInt64 => "ulong",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Per-file emission state: the counter behind unique local names, and which helpers to emit.</summary>
    private sealed class FormatterContext
    {
        private int _nextId;

        public bool NeedsTryGetSpan { get; set; }

        /// <summary>What the target framework offers; netstandard2.0 gets copies where net10.0 borrows spans.</summary>
        public required TargetFactsSpec Target { get; init; }

        public bool NeedsCounted { get; set; }

        /// <summary>The <c>[MessagePackFormatter]</c> shapes whose formatter gets a static field, one per formatter type, in first-use order.</summary>
        public System.Collections.Generic.List<TypeShapeSpec> MessagePackFormatters { get; } = new();

        public string AddMessagePackFormatter(TypeShapeSpec shape)
        {
            var found = false;
            foreach (var existing in MessagePackFormatters)
            {
                found |= existing.MessagePackFormatter == shape.MessagePackFormatter;
            }

            if (!found)
            {
                MessagePackFormatters.Add(shape);
            }

            return MessagePackFormatterField(shape);
        }

        public int NextId() => _nextId++;
    }
}
