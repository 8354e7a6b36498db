using System;
using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MessagePack;
using MessagePack.Resolvers;
using Messaging.MessagePackCSharp;
using Messaging.Serialization;

namespace Messaging.Benchmarks;

/// <summary>
/// Serialize and deserialize the reference message: our generated formatter (<see cref="WireSerializer"/>) against
/// MessagePack-CSharp (a <c>[Key]</c> twin with StandardResolver, a plain twin with ContractlessStandardResolver, and
/// our <see cref="MessagingResolver"/> bridge on the same <see cref="OrderPlaced"/>) and System.Text.Json with
/// reflection and with its source generator. Every serializer writes into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private readonly OrderPlaced _order = ReferenceMessages.Order;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly JsonSerializerOptions _reflectionOptions = new();
    private readonly KeyedOrderPlaced _keyedOrder = ReferenceMessages.KeyedOrder;
    private readonly PlainOrderPlaced _plainOrder = ReferenceMessages.PlainOrder;
    private readonly MessagePackSerializerOptions _standardOptions = MessagePackSerializerOptions.Standard;
    private readonly MessagePackSerializerOptions _contractlessOptions = ContractlessStandardResolver.Options;
    private readonly MessagePackSerializerOptions _bridgeOptions = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create(MessagingResolver.Instance, StandardResolver.Instance));
    private Utf8JsonWriter _jsonWriter = null!;
    private byte[] _msgpack = null!;
    private byte[] _json = null!;
    private byte[] _keyed = null!;
    private byte[] _contractless = null!;
    private byte[] _bridge = null!;

    /// <summary>The payloads each serializer wrote in <see cref="Setup"/>, for the byte comparisons of the quick run.</summary>
    internal (byte[] Ours, byte[] Keyed, byte[] Contractless, byte[] Bridge, byte[] Json) Payloads =>
        (_msgpack, _keyed, _contractless, _bridge, _json);

    [GlobalSetup]
    public void Setup()
    {
        _jsonWriter = new Utf8JsonWriter(_buffer);
        _msgpack = WireSerializer.Serialize(_order);
        _json = JsonSerializer.SerializeToUtf8Bytes(_order, BenchJsonContext.Default.OrderPlaced);
        _keyed = MessagePackSerializer.Serialize(_keyedOrder, _standardOptions);
        _contractless = MessagePackSerializer.Serialize(_plainOrder, _contractlessOptions);
        _bridge = MessagePackSerializer.Serialize(_order, _bridgeOptions);
    }

    [Benchmark(Baseline = true, Description = "STJ reflection serialize")]
    public int JsonReflectionSerialize()
    {
        _buffer.ResetWrittenCount();
        _jsonWriter.Reset(_buffer);
        JsonSerializer.Serialize(_jsonWriter, _order, _reflectionOptions);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "STJ source-gen serialize")]
    public int JsonSourceGenSerialize()
    {
        _buffer.ResetWrittenCount();
        _jsonWriter.Reset(_buffer);
        JsonSerializer.Serialize(_jsonWriter, _order, BenchJsonContext.Default.OrderPlaced);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Messaging serialize")]
    public int MessagePackSerialize()
    {
        _buffer.ResetWrittenCount();
        WireSerializer.Serialize(_buffer, _order);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "MsgPack-CSharp [Key] serialize")]
    public int KeyedSerialize()
    {
        _buffer.ResetWrittenCount();
        MessagePackSerializer.Serialize(_buffer, _keyedOrder, _standardOptions);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "MsgPack-CSharp contractless serialize")]
    public int ContractlessSerialize()
    {
        _buffer.ResetWrittenCount();
        MessagePackSerializer.Serialize(_buffer, _plainOrder, _contractlessOptions);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Bridge serialize")]
    public int BridgeSerialize()
    {
        _buffer.ResetWrittenCount();
        MessagePackSerializer.Serialize(_buffer, _order, _bridgeOptions);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "STJ reflection deserialize")]
    public OrderPlaced? JsonReflectionDeserialize() => JsonSerializer.Deserialize<OrderPlaced>(_json, _reflectionOptions);

    [Benchmark(Description = "STJ source-gen deserialize")]
    public OrderPlaced? JsonSourceGenDeserialize() => JsonSerializer.Deserialize(_json, BenchJsonContext.Default.OrderPlaced);

    [Benchmark(Description = "Messaging deserialize")]
    public OrderPlaced MessagePackDeserialize() => WireSerializer.Deserialize<OrderPlaced>(_msgpack);

    [Benchmark(Description = "MsgPack-CSharp [Key] deserialize")]
    public KeyedOrderPlaced KeyedDeserialize() => MessagePackSerializer.Deserialize<KeyedOrderPlaced>(_keyed, _standardOptions);

    [Benchmark(Description = "MsgPack-CSharp contractless deserialize")]
    public PlainOrderPlaced ContractlessDeserialize() =>
        MessagePackSerializer.Deserialize<PlainOrderPlaced>(_contractless, _contractlessOptions);

    [Benchmark(Description = "Bridge deserialize")]
    public OrderPlaced BridgeDeserialize() => MessagePackSerializer.Deserialize<OrderPlaced>(_bridge, _bridgeOptions);
}
