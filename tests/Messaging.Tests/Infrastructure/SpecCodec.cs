using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Messaging.Serialization;

namespace Messaging.Tests.Infrastructure;

/// <summary>Writes a <see cref="Spec"/> with our writer and reads any MessagePack value into a <see cref="Spec"/> with our reader.</summary>
public static class SpecCodec
{
    /// <summary>Writes the value a spec describes; timestamps go through <see cref="WireWriter.Write(DateTime)"/>.</summary>
    public static void Write(ref WireWriter writer, JsonNode spec)
    {
        switch (Spec.Kind(spec))
        {
            case "nil":
                writer.WriteNil();
                break;
            case "bool":
                writer.Write(spec[1]!.GetValue<bool>());
                break;
            case "int":
                var text = spec[1]!.GetValue<string>();
                if (text.StartsWith('-'))
                {
                    writer.Write(long.Parse(text, CultureInfo.InvariantCulture));
                }
                else
                {
                    writer.Write(ulong.Parse(text, CultureInfo.InvariantCulture));
                }

                break;
            case "float32":
                writer.Write(BitConverter.UInt32BitsToSingle(uint.Parse(spec[1]!.GetValue<string>(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                break;
            case "float64":
                writer.Write(BitConverter.UInt64BitsToDouble(ulong.Parse(spec[1]!.GetValue<string>(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                break;
            case "str":
                writer.Write(spec[1]!.GetValue<string>());
                break;
            case "bin":
                writer.WriteBinary(MsgPack.FromHex(spec[1]!.GetValue<string>()));
                break;
            case "array":
                var items = spec[1]!.AsArray();
                writer.WriteArrayHeader(items.Count);
                foreach (var item in items)
                {
                    Write(ref writer, item!);
                }

                break;
            case "map":
                var entries = spec[1]!.AsArray();
                writer.WriteMapHeader(entries.Count);
                foreach (var entry in entries)
                {
                    Write(ref writer, entry![0]!);
                    Write(ref writer, entry[1]!);
                }

                break;
            case "ext":
                writer.WriteExtension(spec[1]!.GetValue<sbyte>(), MsgPack.FromHex(spec[2]!.GetValue<string>()));
                break;
            case "ts":
                writer.Write(Spec.FromUnix(long.Parse(spec[1]!.GetValue<string>(), CultureInfo.InvariantCulture), spec[2]!.GetValue<uint>()));
                break;
            default:
                throw new ArgumentException($"unknown spec {spec.ToJsonString()}", nameof(spec));
        }
    }

    /// <summary>The bytes our writer produces for a spec.</summary>
    public static byte[] Write(JsonNode spec) => MsgPack.Write((ref WireWriter writer) => Write(ref writer, spec));

    /// <summary>
    /// Reads the next value, whatever it is, with the typed read for its format; nested collections go through
    /// <see cref="WireReader.EnterNested"/> so hostile depth ends at the reader's limit.
    /// </summary>
    public static JsonNode Read(ref WireReader reader)
    {
        var code = reader.NextCode;
        switch (reader.NextType)
        {
            case WireType.Nil:
                reader.ReadNil();
                return Spec.Nil();
            case WireType.Boolean:
                return Spec.Bool(reader.ReadBoolean());
            case WireType.Integer:
                // Only uint64 can hold values above long.MaxValue.
                return code == 0xcf ? Spec.UInt(reader.ReadUInt64()) : Spec.Int(reader.ReadInt64());
            case WireType.Float:
                return code == 0xca ? Spec.Float32(reader.ReadSingle()) : Spec.Float64(reader.ReadDouble());
            case WireType.String:
                return Spec.Str(reader.ReadString()!);
            case WireType.Binary:
                return Spec.Bin(reader.ReadBinarySpan());
            case WireType.Array:
                reader.EnterNested();
                var count = reader.ReadArrayHeader();
                var items = new JsonNode[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = Read(ref reader);
                }

                reader.ExitNested();
                return Spec.Array(items);
            case WireType.Map:
                reader.EnterNested();
                var entries = new (JsonNode, JsonNode)[reader.ReadMapHeader()];
                for (var i = 0; i < entries.Length; i++)
                {
                    var key = Read(ref reader);
                    entries[i] = (key, Read(ref reader));
                }

                reader.ExitNested();
                return Spec.Map(entries);
            case WireType.Extension:
                // Look at the type code on a copy, then read the value for real with the matching typed read.
                var probe = reader;
                if (probe.ReadExtensionHeader().TypeCode == -1)
                {
                    return Spec.Timestamp(reader.ReadDateTime());
                }

                var header = reader.ReadExtensionHeader();
                return Spec.Ext(header.TypeCode, reader.ReadRaw(header.Length));
            default:
                reader.Skip(); // throws: the next byte is not a value
                throw new InvalidOperationException("Skip accepted a byte that is not a value.");
        }
    }

    /// <summary>Reads one value that must span all of <paramref name="bytes"/>.</summary>
    public static JsonNode Read(ReadOnlySpan<byte> bytes) => MsgPack.Read<JsonNode>(bytes, Read);

    /// <summary>A spec as JSON, shortened for assertion messages.</summary>
    public static string Describe(JsonNode spec)
    {
        var json = spec.ToJsonString();
        return json.Length <= 200 ? json : string.Concat(json.AsSpan(0, 200), "…");
    }
}
