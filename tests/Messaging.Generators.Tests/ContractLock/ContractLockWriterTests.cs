using System;
using System.Linq;
using Messaging.Generators.ContractLock;
using Messaging.Generators.Model;
using Xunit;
using static Messaging.Generators.Tests.ContractLock.ContractLockSources;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>The lock text: the same contract always gives the same bytes, and what is written reads back unchanged.</summary>
public sealed class ContractLockWriterTests
{
    [Fact]
    public void The_lock_has_a_fixed_layout_sorted_by_type_with_fields_by_index()
    {
        var text = ContractLockHarness.WriteLock(Header + """
            [Message("shop.b")]
            public sealed record Beta([WireKey(1)] string Name, [WireKey(0)] int Id);

            [Message]
            public sealed record Alpha(Guid Id);

            [Message]
            public sealed class Point
            {
                public double X { get; set; }

                public double Y { get; set; }
            }
            """);

        Assert.Equal("""
            {
              "version": 1,
              "messages": [
                {
                  "type": "Shop.Contracts.Alpha",
                  "entity": "Shop.Contracts:Alpha",
                  "exchange": "fanout",
                  "fields": [
                    { "index": 0, "name": "Id", "wire": "guid" }
                  ]
                },
                {
                  "type": "Shop.Contracts.Beta",
                  "entity": "shop.b",
                  "exchange": "fanout",
                  "fields": [
                    { "index": 0, "name": "Id", "wire": "int32" },
                    { "index": 1, "name": "Name", "wire": "string" }
                  ]
                },
                {
                  "type": "Shop.Contracts.Point",
                  "entity": "Shop.Contracts:Point",
                  "exchange": "fanout",
                  "fields": [
                    { "index": 0, "name": "X", "wire": "float64" },
                    { "index": 1, "name": "Y", "wire": "float64" }
                  ]
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Declaration_order_does_not_change_a_byte()
    {
        const string first = "[Message] public sealed record Alpha(Guid Id);\n";
        const string second = "[Message(\"shop.b\")] public sealed record Beta(int Id);\n";
        const string third = "[Message] public sealed record Gamma(string Name);\n";

        var forward = ContractLockHarness.WriteLock(Header + first + second + third);
        var backward = ContractLockHarness.WriteLock(Header + third + second + first);
        var split = ContractLockHarness.WriteLock(Header + second, Header + third + first);

        Assert.Equal(forward, backward);
        Assert.Equal(forward, split);
        Assert.Equal(forward, ContractLockHarness.WriteLock(Header + first + second + third));
        Assert.EndsWith("}\n", forward, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', forward);
    }

    [Fact]
    public void The_writer_sorts_whatever_order_it_is_given()
    {
        var a = Message("B.Second", null, Field(1, "Y", "string"), Field(0, "X", "int32"));
        var b = Message("A.First", "a", Field(0, "Id", "guid"));

        Assert.Equal(
            ContractLockWriter.Write(Contract(a, b)),
            ContractLockWriter.Write(Contract(b, a with { Fields = new EquatableArray<ContractFieldSpec>([.. a.Fields.Reverse()]) })));
    }

    [Fact]
    public void An_empty_contract_is_a_valid_lock()
    {
        var text = ContractLockWriter.Write(Contract());

        Assert.Equal("{\n  \"version\": 1,\n  \"messages\": []\n}\n", text);
        var read = ContractLockReader.Read(text);
        Assert.Null(read.Error);
        Assert.Empty(read.Messages);
    }

    [Fact]
    public void What_is_written_reads_back_to_the_same_contract_and_text()
    {
        var contract = Contract(
            Message("Shop.Contracts.Quoted", "shop.\"quoted\"\\x", Field(0, "Tab\tName", "map<string,array<int32?>>"), Field(3, "Later", "message<Shop.Contracts.Other>")),
            Message("Shop.Contracts.Empty", null),
            Message("Shop.Contracts.Ünïcode", "shop.ünïcode", Field(0, "Ω", "timestamp")));

        var text = ContractLockWriter.Write(contract);
        var read = ContractLockReader.Read(text);

        Assert.Null(read.Error);
        var back = Contract([.. read.Messages.Select(m => m.Spec)]);
        Assert.Equal(
            contract.Messages.OrderBy(m => m.Type, StringComparer.Ordinal),
            back.Messages.OrderBy(m => m.Type, StringComparer.Ordinal));
        Assert.Equal(text, ContractLockWriter.Write(back));
    }

    [Fact]
    public void The_reader_accepts_the_same_lock_formatted_differently()
    {
        var compact = """{"messages":[{"fields":[{"wire":"guid","name":"OrderId","index":0}],"entity":"shop.x","type":"Shop.X"}],"version":1}""";

        var read = ContractLockReader.Read(compact);

        Assert.Null(read.Error);
        var message = Assert.Single(read.Messages);
        Assert.Equal(Message("Shop.X", "shop.x", Field(0, "OrderId", "guid")), message.Spec);
    }

    [Fact]
    public void Every_shape_has_a_wire_type_name()
    {
        var text = ContractLockHarness.WriteLock(Header + """
            public enum Color : byte { Red }

            [Message]
            public sealed record Line(string Sku);

            [Message]
            public sealed record Everything(
                bool A, char B, sbyte C, byte D, short E, ushort F, int G, uint H, long I, ulong J, float K, double L,
                decimal M, string N, byte[] O, Guid P, DateTime Q, DateTimeOffset R, TimeSpan S, Color T, int? U,
                ReadOnlyMemory<byte> V, int[] W, List<Line> X, IEnumerable<string> Y, System.Collections.Immutable.ImmutableArray<long> Z,
                Dictionary<string, Line?> AA, IReadOnlyDictionary<int, List<Guid>> AB);
            """);

        var everything = ContractLockReader.Read(text).Messages.Single(m => m.Spec.Type == "Shop.Contracts.Everything").Spec;
        Assert.Equal(
            [
                "bool", "char", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64",
                "decimal", "string", "bin", "guid", "timestamp", "timestamp", "timespan", "uint8", "int32?",
                "bin", "array<int32>", "array<message<Shop.Contracts.Line>>", "array<string>", "array<int64>",
                "map<string,message<Shop.Contracts.Line>>", "map<int32,array<guid>>",
            ],
            everything.Fields.Select(f => f.Wire));
    }

    private static ContractSpec Contract(params ContractMessageSpec[] messages) => new() { Messages = new EquatableArray<ContractMessageSpec>(messages) };

    private static ContractMessageSpec Message(string type, string? entity, params ContractFieldSpec[] fields) =>
        new() { Type = type, Entity = entity, Fields = new EquatableArray<ContractFieldSpec>(fields) };

    private static ContractFieldSpec Field(int index, string name, string wire) => new() { Index = index, Name = name, Wire = wire };
}
