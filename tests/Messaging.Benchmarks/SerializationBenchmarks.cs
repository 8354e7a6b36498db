using System;
using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Messaging.Serialization;

namespace Messaging.Benchmarks;

/// <summary>
/// Serialize and deserialize the reference message: generated MessagePack against System.Text.Json with
/// reflection and with its source generator. Every serializer writes into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private readonly OrderPlaced _order = ReferenceMessages.Order;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly JsonSerializerOptions _reflectionOptions = new();
    private Utf8JsonWriter _jsonWriter = null!;
    private byte[] _msgpack = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jsonWriter = new Utf8JsonWriter(_buffer);
        _msgpack = WireSerializer.Serialize(_order);
        _json = JsonSerializer.SerializeToUtf8Bytes(_order, BenchJsonContext.Default.OrderPlaced);
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

    [Benchmark(Description = "STJ reflection deserialize")]
    public OrderPlaced? JsonReflectionDeserialize() => JsonSerializer.Deserialize<OrderPlaced>(_json, _reflectionOptions);

    [Benchmark(Description = "STJ source-gen deserialize")]
    public OrderPlaced? JsonSourceGenDeserialize() => JsonSerializer.Deserialize(_json, BenchJsonContext.Default.OrderPlaced);

    [Benchmark(Description = "Messaging deserialize")]
    public OrderPlaced MessagePackDeserialize() => WireSerializer.Deserialize<OrderPlaced>(_msgpack);
}
