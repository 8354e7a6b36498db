using System;
using System.Linq;
using Messaging.Serialization;
using Xunit;

namespace Messaging.Tests.Infrastructure;

/// <summary>
/// One document that uses every format family, written with the typed writes and read back with the typed reads
/// in the same order, as a generated formatter would. The robustness tests cut and corrupt it.
/// </summary>
public static class SampleDocument
{
    private static readonly DateTime s_instant = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
    private static readonly Guid s_guid = new("01234567-89ab-cdef-0123-456789abcdef");
    private static readonly string s_long = new('x', 300);
    private static readonly byte[] s_bin = [.. Enumerable.Range(0, 70).Select(i => (byte)i)];
    private static readonly byte[] s_extPayload = [1, 2, 3];

    /// <summary>The encoded document.</summary>
    public static byte[] Bytes { get; } = MsgPack.Write(Write);

    public static void Write(ref WireWriter writer)
    {
        writer.WriteArrayHeader(26);
        writer.WriteNil();
        writer.Write(true);
        writer.Write(7);
        writer.Write(-20);
        writer.Write(200);
        writer.Write(-1000);
        writer.Write(70_000L);
        writer.Write(-3_000_000_000L);
        writer.Write(ulong.MaxValue);
        writer.Write(1.5f);
        writer.Write(-2.25);
        writer.Write("héllo 😀");
        writer.Write(s_long);
        writer.Write(s_bin);
        writer.WriteMapHeader(2);
        writer.Write("a");
        writer.WriteArrayHeader(2);
        writer.Write(1);
        writer.WriteArrayHeader(0);
        writer.Write(2);
        writer.WriteMapHeader(0);
        writer.WriteExtension(9, s_extPayload);
        writer.Write(s_instant);
        writer.Write(s_instant.AddTicks(1));
        writer.Write(DateTime.UnixEpoch.AddSeconds(-1));
        writer.Write(12.50m);
        writer.Write(s_guid);
        writer.Write('é');
        writer.Write(TimeSpan.FromSeconds(90));
        writer.Write((byte)255);
        writer.Write((short)-300);
        writer.WriteArrayHeader(16);
        for (var i = 0; i < 16; i++)
        {
            writer.Write(i);
        }
    }

    /// <summary>Reads the document back, checking every value; throws <see cref="WireSerializationException"/> on bad input.</summary>
    public static void Read(ref WireReader reader)
    {
        Assert.Equal(26, reader.ReadArrayHeader());
        reader.ReadNil();
        Assert.True(reader.ReadBoolean());
        Assert.Equal(7, reader.ReadInt32());
        Assert.Equal(-20, reader.ReadSByte());
        Assert.Equal(200, reader.ReadByte());
        Assert.Equal(-1000, reader.ReadInt16());
        Assert.Equal(70_000u, reader.ReadUInt32());
        Assert.Equal(-3_000_000_000L, reader.ReadInt64());
        Assert.Equal(ulong.MaxValue, reader.ReadUInt64());
        Assert.Equal(1.5f, reader.ReadSingle());
        Assert.Equal(-2.25, reader.ReadDouble());
        Assert.Equal("héllo 😀", reader.ReadString());
        Assert.Equal(s_long, reader.ReadString());
        Assert.Equal(s_bin, reader.ReadBytes());
        reader.EnterNested();
        Assert.Equal(2, reader.ReadMapHeader());
        Assert.Equal("a", reader.ReadString());
        Assert.Equal(2, reader.ReadArrayHeader());
        Assert.Equal(1, reader.ReadInt32());
        Assert.Equal(0, reader.ReadArrayHeader());
        Assert.Equal(2, reader.ReadInt32());
        Assert.Equal(0, reader.ReadMapHeader());
        reader.ExitNested();
        var ext = reader.ReadExtensionHeader();
        Assert.Equal(new WireExtensionHeader(9, 3), ext);
        Assert.Equal(s_extPayload, reader.ReadRaw(ext.Length).ToArray());
        Assert.Equal(s_instant, reader.ReadDateTime());
        Assert.Equal(s_instant.AddTicks(1), reader.ReadDateTimeOffset().UtcDateTime);
        Assert.Equal(DateTime.UnixEpoch.AddSeconds(-1), reader.ReadDateTime());
        Assert.Equal(12.50m, reader.ReadDecimal());
        Assert.Equal(s_guid, reader.ReadGuid());
        Assert.Equal('é', reader.ReadChar());
        Assert.Equal(TimeSpan.FromSeconds(90), reader.ReadTimeSpan());
        Assert.Equal(255, reader.ReadUInt16());
        Assert.Equal(-300, reader.ReadInt32());
        Assert.Equal(16, reader.ReadArrayHeader());
        for (var i = 0; i < 16; i++)
        {
            Assert.Equal(i, reader.ReadInt64());
        }
    }
}
