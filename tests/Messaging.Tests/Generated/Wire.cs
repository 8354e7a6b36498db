using System;
using System.Collections.Generic;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Tests.Generated;

/// <summary>Serializes messages through <see cref="WireSerializer"/>, the way users do, and checks the results.</summary>
public static class Wire
{
    /// <summary>The bytes of <paramref name="message"/> as lower-case hex.</summary>
    public static string Hex<T>(T message) => MsgPack.ToHex(WireSerializer.Serialize(message));

    /// <summary>Reads a <typeparamref name="T"/> from hex (spaces ignored).</summary>
    public static T Read<T>(string hex) => WireSerializer.Deserialize<T>(MsgPack.FromHex(hex));

    /// <summary>
    /// Serializes <paramref name="message"/>, reads it back, and checks that writing what was read gives the same
    /// bytes again, so a member lost or changed on either side shows even where the caller compares only some fields.
    /// </summary>
    public static T RoundTrip<T>(T message)
    {
        var bytes = WireSerializer.Serialize(message);
        var back = WireSerializer.Deserialize<T>(bytes);
        var again = WireSerializer.Serialize(back);
        Assert.Equal(MsgPack.ToHex(bytes), MsgPack.ToHex(again));
        return back;
    }

    /// <summary>Reads hostile bytes: returns the value, or the <see cref="WireSerializationException"/> thrown; anything else fails the test.</summary>
    public static (T? Value, WireSerializationException? Error) TryRead<T>(ReadOnlySpan<byte> bytes, string what, WireReaderOptions? options = null)
    {
        try
        {
            return (WireSerializer.Deserialize<T>(bytes, options ?? WireReaderOptions.Default), null);
        }
        catch (WireSerializationException ex)
        {
            Assert.True(
                ex.Offset >= -1 && ex.Offset <= bytes.Length,
                $"{what} on {HostileInput.Shorten(bytes)}: offset {ex.Offset} is outside the {bytes.Length}-byte input ({ex.Message})");
            return (default, ex);
        }
        catch (Exception ex) when (ex is not XunitException)
        {
            throw new XunitException($"{what} on {HostileInput.Shorten(bytes)} threw {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads bytes that must be rejected, and returns the exception.</summary>
    public static WireSerializationException Fails<T>(ReadOnlySpan<byte> bytes, WireReaderOptions? options = null)
    {
        var (value, error) = TryRead<T>(bytes, $"Deserialize<{typeof(T).Name}>", options);
        return error ?? throw new XunitException($"Deserialize<{typeof(T).Name}> on {HostileInput.Shorten(bytes)} succeeded with {value} but must fail");
    }

    /// <summary>Reads the bytes spelled by <paramref name="hex"/>, which must be rejected, and returns the exception's message.</summary>
    public static string FailureOf<T>(string hex) => Fails<T>(MsgPack.FromHex(hex)).Message;

    /// <summary>Bytes written by hand with a <see cref="WireWriter"/>, as another producer would.</summary>
    public static byte[] Write(WriteAction write) => MsgPack.Write(write);

    /// <summary>The encoded elements of a MessagePack array that spans all of <paramref name="array"/>.</summary>
    public static List<byte[]> Elements(byte[] array)
    {
        var reader = new WireReader(array);
        var count = reader.ReadArrayHeader();
        var elements = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            elements.Add(reader.ReadRawValue().ToArray());
        }

        Assert.True(reader.End, "the array must span the input");
        return elements;
    }

    /// <summary>An array of already-encoded elements.</summary>
    public static byte[] ArrayOf(IEnumerable<byte[]> elements)
    {
        var list = elements.ToList();
        return Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(list.Count);
            foreach (var element in list)
            {
                w.WriteRaw(element);
            }
        });
    }

    /// <summary><paramref name="message"/>'s bytes with element <paramref name="index"/> of its array replaced by <paramref name="replacement"/>.</summary>
    public static byte[] WithElement<T>(T message, int index, byte[] replacement)
    {
        var elements = Elements(WireSerializer.Serialize(message));
        elements[index] = replacement;
        return ArrayOf(elements);
    }

    /// <summary><paramref name="message"/>'s bytes with element <paramref name="index"/> of its array replaced by what <paramref name="write"/> writes.</summary>
    public static byte[] WithElement<T>(T message, int index, WriteAction write) => WithElement(message, index, Write(write));
}
