using System;
using System.Threading.Tasks;
using Messaging.Serialization;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Robustness;

public class RandomInputTests
{
    private const int Inputs = 20_000;
    private const int Mutations = 5_000;

    // Generous: the work takes well under a second; this only turns a hang into a failure.
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(2);

    // Bytes that make random input look like MessagePack: every format code plus the edges of the fix ranges.
    private static readonly byte[] s_interesting =
    [
        0x00, 0x01, 0x7f, 0x80, 0x81, 0x8f, 0x90, 0x91, 0x9f, 0xa0, 0xa1, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5,
        0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7,
        0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xff, 0xff, 0xff, 0x00, 0x00,
    ];

    private static readonly string[] s_typedReads =
    [
        "nil", "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "char", "float32",
        "float64", "string", "string span", "bytes", "array", "map", "extension", "raw", "datetime", "datetimeoffset",
        "timespan", "decimal", "guid", "skip", "raw value", "enter", "exit", "try nil", "next",
    ];

    [Fact]
    public void Random_bytes_either_read_or_fail_with_a_serialization_exception()
    {
        RunWithin(s_limit, () =>
        {
            var random = new Random(20_240_506);
            for (var i = 0; i < Inputs; i++)
            {
                var input = RandomInput(random, i);
                Exercise(input, random, $"input {i}");
            }
        });
    }

    [Fact]
    public void Corrupted_sample_documents_either_read_or_fail_with_a_serialization_exception()
    {
        RunWithin(s_limit, () =>
        {
            var random = new Random(5_06_2024);
            var failures = 0;
            for (var i = 0; i < Mutations; i++)
            {
                var input = (byte[])SampleDocument.Bytes.Clone();
                var changes = random.Next(1, 5);
                for (var c = 0; c < changes; c++)
                {
                    input[random.Next(input.Length)] = random.Next(2) == 0
                        ? s_interesting[random.Next(s_interesting.Length)]
                        : (byte)random.Next(256);
                }

                failures += Exercise(input, random, $"mutation {i}");
            }

            // Most corruptions must be noticed by at least one of the reads, or the inputs were not hostile.
            Assert.True(failures > Mutations / 2, $"only {failures} of {Mutations} corrupted documents failed any read");
        });
    }

    // Reads the input three ways; returns how many of them failed.
    private static int Exercise(byte[] input, Random random, string what)
    {
        var failed = 0;
        failed += HostileInput.Run(input, $"{what}: Skip", HostileInput.SkipAll) is null ? 0 : 1;
        failed += HostileInput.Run(input, $"{what}: generic read", HostileInput.ReadAll) is null ? 0 : 1;

        var seed = random.Next();
        failed += HostileInput.Run(input, $"{what}: typed reads (seed {seed})", (ref WireReader r) => RandomTypedReads(ref r, new Random(seed))) is null ? 0 : 1;
        return failed;
    }

    private static byte[] RandomInput(Random random, int index)
    {
        var length = index % 10 == 0 ? random.Next(0, 600) : random.Next(0, 48);
        var input = new byte[length];
        var structured = index % 2 == 0;
        for (var i = 0; i < length; i++)
        {
            input[i] = structured && random.Next(3) > 0 ? s_interesting[random.Next(s_interesting.Length)] : (byte)random.Next(256);
        }

        return input;
    }

    // Typed reads chosen at random regardless of what the input holds, as a formatter for the wrong type would.
    private static void RandomTypedReads(ref WireReader reader, Random random)
    {
        for (var step = 0; step < 64 && !reader.End; step++)
        {
            switch (s_typedReads[random.Next(s_typedReads.Length)])
            {
                case "nil": reader.ReadNil(); break;
                case "bool": reader.ReadBoolean(); break;
                case "int8": reader.ReadSByte(); break;
                case "uint8": reader.ReadByte(); break;
                case "int16": reader.ReadInt16(); break;
                case "uint16": reader.ReadUInt16(); break;
                case "int32": reader.ReadInt32(); break;
                case "uint32": reader.ReadUInt32(); break;
                case "int64": reader.ReadInt64(); break;
                case "uint64": reader.ReadUInt64(); break;
                case "char": reader.ReadChar(); break;
                case "float32": reader.ReadSingle(); break;
                case "float64": reader.ReadDouble(); break;
                case "string": reader.ReadString(); break;
                case "string span": reader.ReadStringSpan(); break;
                case "bytes": reader.ReadBytes(); break;
                case "array": reader.ReadArrayHeader(); break;
                case "map": reader.ReadMapHeader(); break;
                case "extension": reader.ReadExtensionHeader(); break;
                case "raw": reader.ReadRaw(random.Next(0, 10)); break;
                case "datetime": reader.ReadDateTime(); break;
                case "datetimeoffset": reader.ReadDateTimeOffset(); break;
                case "timespan": reader.ReadTimeSpan(); break;
                case "decimal": reader.ReadDecimal(); break;
                case "guid": reader.ReadGuid(); break;
                case "skip": reader.Skip(); break;
                case "raw value": reader.ReadRawValue(); break;
                case "enter": reader.EnterNested(); break;
                case "exit": reader.ExitNested(); break;
                case "try nil": reader.TryReadNil(); break;
                default: _ = (reader.NextType, reader.NextCode); break;
            }
        }
    }

    private static void RunWithin(TimeSpan limit, Action action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(limit), $"did not finish within {limit.TotalSeconds} s");
        task.GetAwaiter().GetResult();
    }
}
