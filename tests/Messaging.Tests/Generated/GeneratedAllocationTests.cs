using System;
using System.Buffers;
using System.Collections.Generic;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// CONVENTIONS.md: formatters allocate nothing per call. Writing into a reused buffer allocates no byte; reading
/// allocates only the message and what it holds.
/// </summary>
public sealed class GeneratedAllocationTests
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    // Where measured objects go, so that no JIT escape analysis can keep them off the heap.
    private object? _sink;

    [Fact]
    public void Writing_messages_of_every_shape_into_a_reused_buffer_allocates_nothing()
    {
        AssertWritesWithoutAllocating(new OrderLine("a", 1, 1m));
        AssertWritesWithoutAllocating(SampleOrders.Rich());
        AssertWritesWithoutAllocating(SampleOrders.Rich() with { Lines = new List<OrderLine> { new("a", 1, 1m) } });
        AssertWritesWithoutAllocating(new AllIntegers(sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue, long.MinValue, ulong.MaxValue));
        AssertWritesWithoutAllocating(new EnumValues(Color.Blue, Size.Large, Temperature.Boiling, Altitude.Peak, Port.Http, Capacity.Full, Distance.Far, Mask.All, Permissions.Read));
        AssertWritesWithoutAllocating(new NullableValues(
            1, 2, true, 1, 1, 1m, Guid.Empty, DateTime.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.Zero, 'a', Color.Red, Mask.All,
            new Money(1m, "E"), [1], new byte[] { 1 }, "t", [1], new OrderLine("a", 1, 1m), [1]));
        AssertWritesWithoutAllocating(new Maps(
            new() { ["a"] = 1 }, new Dictionary<int, string> { [1] = "a" }, new Dictionary<Guid, DateTime> { [Guid.Empty] = DateTime.UnixEpoch },
            new() { [Color.Red] = new OrderLine("a", 1, 1m) }, new() { [Size.Small] = "s" }, new() { ["a"] = null },
            new Dictionary<Mask, Money> { [Mask.All] = new Money(1m, "E") }));
        // Arrays behind the interfaces, the span path; the Rich order above covers the interface path.
        long[] longs = [1];
        bool[] booleans = [true];
        double[] doubles = [1.0];
        AssertWritesWithoutAllocating(new Sequences
        {
            Array = [1],
            List = ["a"],
            ReadOnlyList = longs,
            MutableList = new List<Guid> { Guid.Empty },
            Collection = new List<decimal> { 1m },
            ReadOnlyCollection = booleans,
            Enumerable = doubles,
            Immutable = [1],
            NullableItems = ["a"],
            Lines = [new OrderLine("a", 1, 1m)],
        });
        AssertWritesWithoutAllocating(new Discounted(new Money(1m, "E"), new Money(1m, "E"), [new Money(1m, "E")], new Point(1, 2), default, new Point(1, 1)));
        AssertWritesWithoutAllocating(SampleOrders.Chain(10));
    }

    [Fact]
    public void Reading_a_message_of_scalars_allocates_only_the_message()
    {
        var integers = WireSerializer.Serialize(new AllIntegers(1, 2, 3, 4, 5, 6, 7, 8));
        var enums = WireSerializer.Serialize(new EnumValues(Color.Blue, Size.Large, Temperature.Boiling, Altitude.Peak, Port.Http, Capacity.Full, Distance.Far, Mask.All, Permissions.Read));

        Assert.Equal(
            Allocations.Fewest(() => _sink = new AllIntegers(1, 2, 3, 4, 5, 6, 7, 8)),
            Allocations.Fewest(() => _sink = WireSerializer.Deserialize<AllIntegers>(integers)));
        Assert.Equal(
            Allocations.Fewest(() => _sink = new EnumValues(Color.Blue, Size.Large, Temperature.Boiling, Altitude.Peak, Port.Http, Capacity.Full, Distance.Far, Mask.All, Permissions.Read)),
            Allocations.Fewest(() => _sink = WireSerializer.Deserialize<EnumValues>(enums)));
        Assert.NotNull(_sink);
    }

    private void AssertWritesWithoutAllocating<T>(T message)
    {
        var allocated = Allocations.Fewest(() =>
        {
            _buffer.ResetWrittenCount();
            WireSerializer.Serialize(_buffer, message);
        });

        Assert.True(allocated == 0, $"writing {typeof(T).Name} allocated {allocated} bytes");
    }
}
