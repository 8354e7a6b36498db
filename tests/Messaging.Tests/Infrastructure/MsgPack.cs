using System;
using System.Buffers;
using Messaging.Serialization;
using Xunit;

namespace Messaging.Tests.Infrastructure;

/// <summary>Writes through a <see cref="WireWriter"/> (lambdas cannot capture a ref struct, so it is passed by ref).</summary>
public delegate void WriteAction(ref WireWriter writer);

/// <summary>Reads through a <see cref="WireReader"/>.</summary>
public delegate T ReadFunc<out T>(ref WireReader reader);

/// <summary>Reads through a <see cref="WireReader"/> for its effect only.</summary>
public delegate void ReadAction(ref WireReader reader);

/// <summary>Small helpers to write bytes, read them back and spell them as hex.</summary>
public static class MsgPack
{
    /// <summary>The bytes <paramref name="write"/> produces on a fresh writer, flushed.</summary>
    public static byte[] Write(WriteAction write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new WireWriter(buffer);
        write(ref writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The bytes <paramref name="write"/> produces, as lower-case hex.</summary>
    public static string WriteHex(WriteAction write) => ToHex(Write(write));

    /// <summary>Reads a value that must span all of <paramref name="bytes"/>.</summary>
    public static T Read<T>(ReadOnlySpan<byte> bytes, ReadFunc<T> read)
    {
        var reader = new WireReader(bytes);
        var value = read(ref reader);
        Assert.True(reader.End, $"the read stopped at byte {reader.Position} of {bytes.Length}");
        return value;
    }

    /// <summary>Reads a value that must span all of the bytes spelled by <paramref name="hex"/>.</summary>
    public static T Read<T>(string hex, ReadFunc<T> read) => Read(FromHex(hex), read);

    /// <summary>Runs <paramref name="read"/> and returns the exception it must throw.</summary>
    public static WireSerializationException ReadFails(ReadOnlySpan<byte> bytes, ReadAction read)
    {
        var reader = new WireReader(bytes);
        try
        {
            read(ref reader);
        }
        catch (WireSerializationException ex)
        {
            return ex;
        }

        throw new Xunit.Sdk.XunitException($"expected a WireSerializationException reading {ToHex(bytes)}, but the read succeeded");
    }

    /// <summary>Runs <paramref name="read"/> over the bytes spelled by <paramref name="hex"/> and returns the exception it must throw.</summary>
    public static WireSerializationException ReadFails(string hex, ReadAction read) => ReadFails(FromHex(hex), read);

    /// <summary>Bytes from hex; spaces are ignored so expectations can show the header apart from the payload.</summary>
    public static byte[] FromHex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>Lower-case hex without separators.</summary>
    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>Normalizes a hex expectation written with spaces.</summary>
    public static string Hex(string spaced) => spaced.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
