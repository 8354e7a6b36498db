using System;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;

namespace Messaging.Fuzz;

/// <summary>
/// The fuzz target. The first byte of an input chooses a message type and a depth limit, the rest is the
/// MessagePack payload: it goes through the low-level reader (<see cref="ReaderWalk"/>) and the generated
/// formatter of the chosen type. Malformed input may only end in <see cref="WireSerializationException"/>;
/// anything else escapes and is a crash for the fuzzer.
/// </summary>
public static class FuzzTarget
{
    /// <summary>
    /// Allocation allowed per payload byte on top of <see cref="AllocationSlack"/>. The worst honest case is about
    /// 100 (a one-byte map entry becomes a dictionary entry, a one-byte element a list slot and an object);
    /// a forged length that allocates before it is checked costs far more.
    /// </summary>
    public const int AllocationPerByte = 1024;

    /// <summary>Allocation allowed for any input, whatever its length (first-use costs included).</summary>
    public const int AllocationSlack = 1 << 20;

    // The small depth limit that bit 6 of the selector asks for, so depth failures are reached with short inputs.
    private static readonly WireReaderOptions s_shallow = new() { MaxDepth = 3 };

    private delegate void Check(ReadOnlySpan<byte> payload, WireReaderOptions options);

    // Append only: the seed corpus names entries by index. Every type mapping of the generator is in one of these.
    private static readonly (string Name, Check Check)[] s_targets =
    [
        (nameof(OrderPlaced), Deserialize<OrderPlaced>),
        (nameof(OrderLine), Deserialize<OrderLine>),
        (nameof(AllIntegers), Deserialize<AllIntegers>),
        (nameof(DecimalValue), Deserialize<DecimalValue>),
        (nameof(GuidValue), Deserialize<GuidValue>),
        (nameof(DateTimeValue), Deserialize<DateTimeValue>),
        (nameof(DateTimeOffsetValue), Deserialize<DateTimeOffsetValue>),
        (nameof(TimeSpanValue), Deserialize<TimeSpanValue>),
        (nameof(CharValue), Deserialize<CharValue>),
        (nameof(SingleValue), Deserialize<SingleValue>),
        (nameof(DoubleValue), Deserialize<DoubleValue>),
        (nameof(StringValue), Deserialize<StringValue>),
        (nameof(BinaryValues), Deserialize<BinaryValues>),
        (nameof(EnumValues), Deserialize<EnumValues>),
        (nameof(NullableValues), Deserialize<NullableValues>),
        (nameof(Sequences), Deserialize<Sequences>),
        (nameof(Maps), Deserialize<Maps>),
        (nameof(NestedCollections), Deserialize<NestedCollections>),
        (nameof(KeyKinds), Deserialize<KeyKinds>),
        (nameof(NullabilityMix), Deserialize<NullabilityMix>),
        (nameof(TreeNode), Deserialize<TreeNode>),
        (nameof(Discounted), Deserialize<Discounted>),
        (nameof(PriceChanged), Deserialize<PriceChanged>),
        (nameof(RetryScheduled), Deserialize<RetryScheduled>),
        (nameof(InvoiceV1), Deserialize<InvoiceV1>),
        (nameof(InvoiceV2), Deserialize<InvoiceV2>),
        (nameof(InvoiceV3), Deserialize<InvoiceV3>),
        (nameof(CartV1), Deserialize<CartV1>),
        (nameof(CartV2), Deserialize<CartV2>),
        (nameof(SettingsV2), Deserialize<SettingsV2>),
        (nameof(CustomerProfile), Deserialize<CustomerProfile>),
        (nameof(Registration), Deserialize<Registration>),
        (nameof(OrderShipped), Deserialize<OrderShipped>),
        (nameof(Ping), Deserialize<Ping>),
        (nameof(Limits), Deserialize<Limits>),
        (nameof(Money), Deserialize<Money>),
        (nameof(Point), Deserialize<Point>),
        (nameof(Coordinates), Deserialize<Coordinates>),
        (nameof(Heartbeat), Deserialize<Heartbeat>),
        (nameof(LocalNames), Deserialize<LocalNames>),
    ];

    /// <summary>The number of message types an input can choose from.</summary>
    public static int TargetCount => s_targets.Length;

    /// <summary>The name of the message type that selector <paramref name="index"/> chooses.</summary>
    public static string TargetName(int index) => s_targets[index].Name;

    /// <summary>Runs one input. Returns normally when it was read or refused as the contract says.</summary>
    /// <exception cref="FuzzFindingException">An invariant broke.</exception>
    public static void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        var selector = input[0];
        var payload = input[1..];
        var options = (selector & 0x40) != 0 ? s_shallow : WireReaderOptions.Default;
        ReaderWalk.Run(payload, options);
        s_targets[(selector & 0x3f) % s_targets.Length].Check(payload, options);
    }

    /// <summary>An error must point into the input it was reading (or at its end).</summary>
    internal static void CheckOffset(WireSerializationException ex, int length)
    {
        if (ex.Offset < 0 || ex.Offset > length)
        {
            throw new FuzzFindingException($"offset {ex.Offset} is outside the {length}-byte input: {ex.Message}", ex);
        }
    }

    // Reads a T with its generated formatter. When that succeeds, the value must write, read back and write the same
    // bytes again: the reader accepts more than the writer produces, but what the writer produced it must accept.
    private static void Deserialize<T>(ReadOnlySpan<byte> payload, WireReaderOptions options)
    {
        var formatter = WireFormatters.Get<T>();
        var reader = new WireReader(payload, options);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        T value;
        try
        {
            value = formatter.Deserialize(ref reader);
        }
        catch (WireSerializationException ex)
        {
            CheckOffset(ex, payload.Length);
            CheckAllocation<T>(allocatedBefore, payload.Length);
            return;
        }

        CheckAllocation<T>(allocatedBefore, payload.Length);
        if (reader.Depth != 0)
        {
            throw new FuzzFindingException($"{typeof(T).Name}: nesting depth is {reader.Depth} after a successful read, not 0");
        }

        var written = WireSerializer.Serialize(value);
        T again;
        try
        {
            // The same limits: the value written nests no deeper than the one read.
            again = WireSerializer.Deserialize<T>(written, options);
        }
        catch (WireSerializationException ex)
        {
            throw new FuzzFindingException($"{typeof(T).Name}: a value read from {Hex(payload)} was written as {Hex(written)}, which does not read back", ex);
        }

        var rewritten = WireSerializer.Serialize(again);
        if (!written.AsSpan().SequenceEqual(rewritten))
        {
            throw new FuzzFindingException($"{typeof(T).Name}: a value read from {Hex(payload)} was written as {Hex(written)}, read back and written as {Hex(rewritten)}");
        }
    }

    private static void CheckAllocation<T>(long allocatedBefore, int length)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (allocated > AllocationSlack + ((long)AllocationPerByte * length))
        {
            throw new FuzzFindingException($"{typeof(T).Name}: reading {length} bytes allocated {allocated} bytes");
        }
    }

    private static string Hex(ReadOnlySpan<byte> bytes) =>
        bytes.Length <= 64 ? Convert.ToHexString(bytes) : $"{Convert.ToHexString(bytes[..64])}… ({bytes.Length} bytes)";
}
