using System;
using Messaging.Serialization;

namespace Messaging.Fuzz;

/// <summary>Drives the low-level <see cref="MessagePackReader"/> over every token of an input, three ways.</summary>
internal static class ReaderWalk
{
    // The uint64 format code: the one integer encoding ReadInt64 may refuse for its range.
    private const byte UInt64Code = 0xcf;

    private delegate void Read(ref MessagePackReader reader);

    /// <summary>Skips, reads raw and reads typed until the input ends or a read fails as it may.</summary>
    public static void Run(ReadOnlySpan<byte> input, MessagePackReaderOptions options)
    {
        Guard(input, options, SkipAll);
        Guard(input, options, RawAll);
        Guard(input, options, TypedAll);
    }

    // Runs one walk; a MessagePackSerializationException is the contract for malformed input, anything else escapes.
    private static void Guard(ReadOnlySpan<byte> input, MessagePackReaderOptions options, Read walk)
    {
        var reader = new MessagePackReader(input, options);
        try
        {
            walk(ref reader);
        }
        catch (MessagePackSerializationException ex)
        {
            FuzzTarget.CheckOffset(ex, input.Length);
        }
    }

    private static void SkipAll(ref MessagePackReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            reader.Skip();
            Moved(ref reader, before, "Skip");
        }
    }

    private static void RawAll(ref MessagePackReader reader)
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
    private static void TypedAll(ref MessagePackReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            switch (reader.NextType)
            {
                case MessagePackType.Nil:
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadString());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadBytes());
                    reader.ReadNil();
                    break;
                case MessagePackType.Boolean:
                    reader.ReadBoolean();
                    break;
                case MessagePackType.Integer:
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadSByte());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadByte());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadInt16());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadUInt16());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadInt32());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadUInt32());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadUInt64());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadChar());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadSingle());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadDouble());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadDecimal());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadTimeSpan());
                    if (reader.NextCode == UInt64Code)
                    {
                        TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadInt64());
                        reader.ReadUInt64();
                    }
                    else
                    {
                        reader.ReadInt64();
                    }

                    break;
                case MessagePackType.Float:
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadSingle());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadDecimal());
                    reader.ReadDouble();
                    break;
                case MessagePackType.String:
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadDecimal());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadGuid());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadBytes());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadStringSpan());
                    reader.ReadString();
                    break;
                case MessagePackType.Binary:
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadGuid());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadBinarySpan());
                    reader.ReadBytes();
                    break;
                case MessagePackType.Extension:
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadDateTime());
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.ReadDateTimeOffset());
                    var header = reader.ReadExtensionHeader();
                    reader.ReadRaw(header.Length);
                    break;
                case MessagePackType.Array:
                    reader.ReadArrayHeader();
                    break;
                case MessagePackType.Map:
                    reader.ReadMapHeader();
                    break;
                default:
                    // Unknown (0xc1, never used): every typed read must refuse it, and so must Skip.
                    TryOnCopy(reader, static (ref MessagePackReader r) => r.Skip());
                    reader.ReadNil();
                    break;
            }

            Moved(ref reader, before, "a typed read");
        }
    }

    // The copy fails or not on its own; the walk goes on with the original reader.
    private static void TryOnCopy(MessagePackReader copy, Read read)
    {
        var length = copy.Position + copy.Remaining;
        try
        {
            read(ref copy);
        }
        catch (MessagePackSerializationException ex)
        {
            FuzzTarget.CheckOffset(ex, length);
        }
    }

    private static void Moved(ref MessagePackReader reader, int before, string what)
    {
        if (reader.Position <= before)
        {
            throw new FuzzFindingException($"{what} at byte {before} succeeded without moving");
        }
    }
}
