using System;
using Messaging.Serialization;
using Xunit;
using Xunit.Sdk;

namespace Messaging.Tests.Infrastructure;

/// <summary>Runs reads over hostile input, allowing success or <see cref="WireSerializationException"/> and nothing else.</summary>
public static class HostileInput
{
    /// <summary>
    /// Runs <paramref name="read"/> over <paramref name="input"/>. Returns the exception it threw, or null when it
    /// succeeded; any exception other than <see cref="WireSerializationException"/> fails the test with the input.
    /// </summary>
    public static WireSerializationException? Run(ReadOnlySpan<byte> input, string what, ReadAction read, WireReaderOptions? options = null)
    {
        var reader = new WireReader(input, options ?? WireReaderOptions.Default);
        try
        {
            read(ref reader);
            return null;
        }
        catch (WireSerializationException ex)
        {
            Assert.True(
                ex.Offset >= 0 && ex.Offset <= input.Length,
                $"{what} on {Shorten(input)}: offset {ex.Offset} is outside the {input.Length}-byte input ({ex.Message})");
            return ex;
        }
        catch (Exception ex) when (ex is not XunitException)
        {
            throw new XunitException($"{what} on {Shorten(input)} threw {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Like <see cref="Run"/>, but the read must fail.</summary>
    public static WireSerializationException Fails(ReadOnlySpan<byte> input, string what, ReadAction read, WireReaderOptions? options = null) =>
        Run(input, what, read, options) ?? throw new XunitException($"{what} on {Shorten(input)} succeeded but must fail");

    /// <summary>Skips values until the input ends, checking that every skip moves forward.</summary>
    public static void SkipAll(ref WireReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            reader.Skip();
            Assert.True(reader.Position > before, $"Skip at byte {before} did not move");
        }
    }

    /// <summary>Reads every value with the typed read its format calls for, until the input ends.</summary>
    public static void ReadAll(ref WireReader reader)
    {
        while (!reader.End)
        {
            var before = reader.Position;
            SpecCodec.Read(ref reader);
            Assert.True(reader.Position > before, $"a read at byte {before} did not move");
        }
    }

    /// <summary>The input as hex, cut short when long.</summary>
    public static string Shorten(ReadOnlySpan<byte> input) =>
        input.Length <= 64 ? MsgPack.ToHex(input) : $"{MsgPack.ToHex(input[..64])}… ({input.Length} bytes)";
}
