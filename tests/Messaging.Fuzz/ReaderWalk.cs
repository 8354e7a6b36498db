using System;
using Messaging.Serialization;

namespace Messaging.Fuzz;

/// <summary>Drives the low-level <see cref="WireReader"/> over every token of an input, three ways.</summary>
internal static class ReaderWalk
{
    // The uint64 format code: the one integer encoding ReadInt64 may refuse for its range.
    private const byte UInt64Code = 0xcf;

    private delegate void Read(ref WireReader reader);

    /// <summary>Skips, reads raw and reads typed until the input ends or a read fails as it may.</summary>
    public static void Run(ReadOnlySpan<byte> input, WireReaderOptions options)
    {
        Guard(input, options, SkipAll);
        Guard(input, options, RawAll);
        Guard(input, options, TypedAll);
    }

    // Runs one walk; a WireSerializationException is the contract for malformed input, anything else escapes.
    private static void Guard(ReadOnlySpan<byte> input, WireReaderOptions options, Read walk)
    {
        var reader = new WireReader(input, options);
        try
        {
            walk(ref reader);
        }
        catch (WireSerializationException ex)
        {
            FuzzTarget.CheckOffset(ex, input.Length);
        }
    }

    private static void SkipAll(ref WireReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            reader.Skip();
            Moved(ref reader, before, "Skip");
        }
    }

    private static void RawAll(ref WireReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            var raw = reader.ReadRawValue();
            if (raw.Length != reader.Position - before)
            {
                throw new FuzzFindingException($"ReadRawValue at byte {before} returned {raw.Length} bytes but moved {reader.Position - before}");
            }

            Moved(ref reader, before, "ReadRawValue");
        }
    }

    // Reads every token with the typed read its format calls for. Containers are flattened: their headers are read
    // and their elements follow as tokens, so no recursion is needed. Before each token, every other typed read that
    // could apply is tried on a copy of the reader, so range checks and parsers see every value too.
    private static void TypedAll(ref WireReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            switch (reader.NextType)
            {
                case WireType.Nil:
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadString());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadBytes());
                    reader.ReadNil();
                    break;
                case WireType.Boolean:
                    reader.ReadBoolean();
                    break;
                case WireType.Integer:
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadSByte());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadByte());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadInt16());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadUInt16());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadInt32());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadUInt32());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadUInt64());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadChar());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadSingle());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadDouble());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadDecimal());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadTimeSpan());
                    if (reader.NextCode == UInt64Code)
                    {
                        TryOnCopy(reader, static (ref WireReader r) => r.ReadInt64());
                        reader.ReadUInt64();
                    }
                    else
                    {
                        reader.ReadInt64();
                    }

                    break;
                case WireType.Float:
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadSingle());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadDecimal());
                    reader.ReadDouble();
                    break;
                case WireType.String:
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadDecimal());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadGuid());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadBytes());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadStringSpan());
                    reader.ReadString();
                    break;
                case WireType.Binary:
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadGuid());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadBinarySpan());
                    reader.ReadBytes();
                    break;
                case WireType.Extension:
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadDateTime());
                    TryOnCopy(reader, static (ref WireReader r) => r.ReadDateTimeOffset());
                    var header = reader.ReadExtensionHeader();
                    reader.ReadRaw(header.Length);
                    break;
                case WireType.Array:
                    reader.ReadArrayHeader();
                    break;
                case WireType.Map:
                    reader.ReadMapHeader();
                    break;
                default:
                    // Unknown (0xc1, never used): every typed read must refuse it, and so must Skip.
                    TryOnCopy(reader, static (ref WireReader r) => r.Skip());
                    reader.ReadNil();
                    break;
            }

            Moved(ref reader, before, "a typed read");
        }
    }

    // The copy fails or not on its own; the walk goes on with the original reader.
    private static void TryOnCopy(WireReader copy, Read read)
    {
        var length = copy.Position + copy.Remaining;
        try
        {
            read(ref copy);
        }
        catch (WireSerializationException ex)
        {
            FuzzTarget.CheckOffset(ex, length);
        }
    }

    private static void Moved(ref WireReader reader, int before, string what)
    {
        if (reader.Position <= before)
        {
            throw new FuzzFindingException($"{what} at byte {before} succeeded without moving");
        }
    }
}
