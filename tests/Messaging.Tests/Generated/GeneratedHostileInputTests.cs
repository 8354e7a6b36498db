using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Truncated, mutated and random bodies fed to generated formatters: each read either succeeds or throws
/// <see cref="WireSerializationException"/>; never IndexOutOfRange, InvalidCast, NullReference, overflow or
/// out-of-memory. Everything that is read must write again and read back to the same bytes.
/// </summary>
public sealed class GeneratedHostileInputTests
{
    private const int Mutations = 3000;
    private const int RandomInputs = 5000;

    // Single-byte values that are format codes with lengths, or otherwise interesting to a reader.
    private static readonly byte[] s_interesting =
        [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb,
         0xcc, 0xcf, 0xd0, 0xd3, 0xd4, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xff];

    public static TheoryData<string> Samples() => [.. s_samples.Keys];

    private static readonly Dictionary<string, Sample> s_samples = new()
    {
        ["OrderPlaced"] = Sample.Of(SampleOrders.Rich()),
        ["NestedCollections"] = Sample.Of(new NestedCollections(
            [new() { ["a"] = [1, 2], ["b"] = [] }, null!],
            [[1], [], null!],
            new() { ["A1"] = [new OrderLine("X", 1, 1m)] },
            [["x", null], []],
            [[1, 2], null!],
            new Dictionary<int, IEnumerable<OrderLine>> { [1] = [new OrderLine("Y", 2, 2m)] },
            [ImmutableArray.Create<byte>(1, 2), null],
            [Color.Green, null],
            [[1, 2, 3], []],
            new() { ["o"] = new() { ["i"] = 1.5m } })),
        ["Maps"] = Sample.Of(new Maps(
            new() { ["a"] = 1, ["b"] = 2 },
            new Dictionary<int, string> { [1] = "x" },
            new Dictionary<Guid, DateTime> { [Guid.Empty] = DateTime.UnixEpoch },
            new() { [Color.Blue] = new OrderLine("B", 1, 1m) },
            new() { [Size.Small] = null },
            new() { ["n"] = null },
            new Dictionary<Mask, Money> { [Mask.All] = new Money(1m, "EUR") })),
        ["NullableValues"] = Sample.Of(new NullableValues(
            1, -1, true, 1.5, 2.5f, 3.5m, Guid.Empty, DateTime.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1), 'c',
            Color.Blue, Mask.High, new Money(1m, "EUR"), [1, 2], new byte[] { 1 }, "t", [2], new OrderLine("L", 1, 1m), [1, null])),
        ["Sequences"] = Sample.Of(new Sequences
        {
            Array = [1, -1],
            List = ["a"],
            ReadOnlyList = [long.MaxValue],
            MutableList = [Guid.Empty],
            Collection = [1.5m],
            ReadOnlyCollection = [true],
            Enumerable = [0.5],
            Immutable = [7],
            NullableItems = [null, "x"],
            Lines = [new OrderLine("A", 1, 1m)],
        }),
        ["Discounted"] = Sample.Of(new Discounted(new Money(1m, "EUR"), new Money(2m, "USD"), [new Money(3m, "GBP")], new Point(1, 2), new Coordinates { Latitude = 1, Longitude = 2 }, new Point(3, 4))),
        ["EnumValues"] = Sample.Of(new EnumValues(Color.Blue, Size.Large, Temperature.Freezing, Altitude.Peak, Port.Http, Capacity.Full, Distance.Behind, Mask.All, Permissions.Write)),
        ["AllIntegers"] = Sample.Of(new AllIntegers(sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue, long.MinValue, ulong.MaxValue)),
        ["TreeNode"] = Sample.Of(SampleOrders.Chain(12)),
        ["RetryScheduled"] = Sample.Of(new RetryScheduled("job")),
        ["PriceChanged"] = Sample.Of(new PriceChanged("S", 1m) { OldPrice = 2m, Reason = "r" }),
        ["InvoiceV2"] = Sample.Of(new InvoiceV2("I", 1m, "EUR", [new InvoiceLineV2("A", 1, new() { ["k"] = "v" })], new() { ["x"] = [1] }, null, DateTime.UnixEpoch, [1])),
        ["CustomerProfile"] = Sample.Of(new CustomerProfile { CustomerId = "c", Email = "e", LoyaltyPoints = 1, IsVip = true, RegisteredAt = DateTime.UnixEpoch }),
        ["BinaryValues"] = Sample.Of(new BinaryValues([1, 2], new byte[] { 3 }, new byte[] { 4 })),
        ["NullabilityMix"] = Sample.Of(new NullabilityMix(
            new() { ["n"] = null, ["s"] = [1] }, [null, ["x", null]], [null, ["y"]], ["z", null], [null, new OrderLine("L", 1, 1m)],
            new() { [Guid.Empty] = new Money(1m, "EUR") }, new byte[] { 1 }, new Dictionary<string, List<int?>?> { ["l"] = [null, 1] })),
        ["KeyKinds"] = Sample.Of(new KeyKinds(
            new() { ['a'] = 1 }, new() { [true] = 1 }, new() { [DateTime.UnixEpoch] = 1 }, new() { [1.5m] = 1 },
            new() { [TimeSpan.FromTicks(1)] = 1 }, new() { [0.5] = 1 }, new() { [ulong.MaxValue] = 1 }, new() { [new Point(1, 2)] = "p" })),
        ["Ping"] = Sample.Of(new Ping("1", new Pong("2", new Ping("3", null)))),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_truncated_prefix_fails_with_a_serialization_exception(string sample)
    {
        var (bytes, read) = (s_samples[sample].Bytes, s_samples[sample].Read);

        for (var length = 0; length < bytes.Length; length++)
        {
            var error = read(bytes.AsSpan(0, length), $"{sample} cut to {length} of {bytes.Length} bytes");
            Assert.True(error is not null, $"{sample} cut to {length} of {bytes.Length} bytes was read without error");
        }

        Assert.Null(read(bytes, $"{sample} whole"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Seeded_mutations_of_valid_bytes_fail_only_with_a_serialization_exception(string sample)
    {
        var (bytes, read) = (s_samples[sample].Bytes, s_samples[sample].Read);
        var random = new Random(HashCode(sample));
        var failed = 0;

        for (var i = 0; i < Mutations; i++)
        {
            var mutated = Mutate(bytes, random);
            if (read(mutated, $"{sample} mutation {i}") is not null)
            {
                failed++;
            }
        }

        // Both outcomes occur, so the mutations reach past the first byte.
        Assert.InRange(failed, 1, Mutations - 1);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Random_bytes_fail_only_with_a_serialization_exception(string sample)
    {
        var read = s_samples[sample].Read;
        var random = new Random(HashCode(sample) ^ 0x5eed);
        var buffer = new byte[64];

        for (var i = 0; i < RandomInputs; i++)
        {
            var input = buffer.AsSpan(0, random.Next(buffer.Length + 1));
            random.NextBytes(input);

            // Half of the inputs start with an array header so the reads get past the message's first byte.
            if (input.Length > 0 && i % 2 == 0)
            {
                input[0] = (byte)(0x90 | random.Next(16));
            }

            read(input, $"{sample} random input {i}");
        }
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var list = new List<byte>(bytes);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(list.Count + 1);
            switch (random.Next(6))
            {
                case 0 when at < list.Count:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1 when at < list.Count:
                    list[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2 when at < list.Count:
                    list[at] = s_interesting[random.Next(s_interesting.Length)];
                    break;
                case 3:
                    list.Insert(at, random.Next(2) == 0 ? (byte)random.Next(256) : s_interesting[random.Next(s_interesting.Length)]);
                    break;
                case 4 when at < list.Count:
                    list.RemoveAt(at);
                    break;
                default:
                    // Repeat a short run, as a producer bug or a splice would.
                    var length = Math.Min(1 + random.Next(8), list.Count - Math.Min(at, list.Count));
                    list.InsertRange(at, list.GetRange(Math.Min(at, list.Count), length));
                    break;
            }
        }

        return [.. list];
    }

    // string.GetHashCode is randomized per process; the seeds must not be.
    private static int HashCode(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = (hash * 31) + c;
        }

        return hash;
    }

    /// <summary>
    /// Reads hostile input as a <c>T</c> and returns the exception, or null after checking that what was read
    /// writes again and reads back to the same bytes.
    /// </summary>
    private delegate WireSerializationException? HostileRead(ReadOnlySpan<byte> input, string what);

    private sealed record Sample(byte[] Bytes, HostileRead Read)
    {
        public static Sample Of<T>(T message) => new(WireSerializer.Serialize(message), ReadAndRewrite<T>);

        private static WireSerializationException? ReadAndRewrite<T>(ReadOnlySpan<byte> input, string what)
        {
            var (value, error) = Wire.TryRead<T>(input, what);
            if (error is not null)
            {
                return error;
            }

            byte[] again;
            try
            {
                again = WireSerializer.Serialize(value);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{what}: {HostileInput.Shorten(input)} was read but writing it back threw {ex.GetType().Name}: {ex.Message}", ex);
            }

            var (_, rereadError) = Wire.TryRead<T>(again, what + " (written back)");
            Assert.True(rereadError is null, $"{what}: {HostileInput.Shorten(input)} was read, written back as {HostileInput.Shorten(again)}, and that failed: {rereadError?.Message}");
            Assert.Equal(MsgPack.ToHex(again), MsgPack.ToHex(WireSerializer.Serialize(WireSerializer.Deserialize<T>(again))));
            return null;
        }
    }
}
