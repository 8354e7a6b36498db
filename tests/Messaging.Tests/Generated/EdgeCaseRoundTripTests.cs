using System;
using System.Collections.Generic;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>Less common declarations: nullability at every level, key kinds, obsolete and hidden members, mutual recursion.</summary>
public sealed class EdgeCaseRoundTripTests
{
    [Fact]
    public void Nulls_at_every_level_of_nested_collections_round_trip()
    {
        var message = new NullabilityMix(
            MaybeArrays: new() { ["none"] = null, ["some"] = [1] },
            MaybeLists: [null, [null, "x"], []],
            JaggedMaybe: [null, [null, "y"]],
            ImmutableMaybe: [null, "z"],
            MaybeLines: [null, new OrderLine("L", 1, 1m)],
            MaybeMoney: new() { [Guid.Empty] = null, [new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")] = new Money(2m, "EUR") },
            MaybeMemory: new byte[] { 9 },
            Deep: new Dictionary<string, List<int?>?> { ["n"] = null, ["l"] = [null, 1] });

        var back = Wire.RoundTrip(message);

        Assert.Null(back.MaybeArrays["none"]);
        Assert.Equal([1], back.MaybeArrays["some"]!);
        Assert.Null(back.MaybeLists![0]);
        Assert.Equal<IEnumerable<string?>>([null, "x"], back.MaybeLists[1]!);
        Assert.Null(back.JaggedMaybe[0]);
        Assert.Equal<IEnumerable<string?>>([null, "y"], back.JaggedMaybe[1]!);
        Assert.Equal<IEnumerable<string?>>([null, "z"], back.ImmutableMaybe.ToArray());
        Assert.Equal<IEnumerable<OrderLine?>>([null, new OrderLine("L", 1, 1m)], back.MaybeLines);
        Assert.Null(back.MaybeMoney[Guid.Empty]);
        Assert.Equal([9], back.MaybeMemory!.Value.ToArray());
        Assert.Null(back.Deep!["n"]);
        Assert.Equal([null, 1], back.Deep["l"]!);
        Assert.Null(Wire.RoundTrip(message with { MaybeMemory = null, MaybeLists = null, Deep = null }).MaybeMemory);
    }

    [Fact]
    public void Dictionary_keys_of_every_scalar_kind_round_trip()
    {
        var at = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var message = new KeyKinds(
            Chars: new() { ['\0'] = 0, ['\ud800'] = 1, ['\uffff'] = 2 },
            Booleans: new() { [true] = 1, [false] = 0 },
            Instants: new() { [at] = 1, [DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)] = 2 },
            Decimals: new() { [1.50m] = 1, [decimal.MinValue] = 2 },
            Durations: new() { [TimeSpan.MinValue] = 1, [TimeSpan.Zero] = 0 },
            Doubles: new() { [double.NaN] = 1, [double.NegativeInfinity] = 2, [-0.0] = 3 },
            Masks: new() { [ulong.MaxValue] = 1 },
            Points: new() { [new Point(1, 2)] = "a", [default] = "origin" });

        var back = Wire.RoundTrip(message);

        Assert.Equal(message.Chars, back.Chars);
        Assert.Equal(message.Booleans, back.Booleans);
        Assert.Equal(message.Instants, back.Instants);
        Assert.Equal(message.Decimals, back.Decimals);
        Assert.Equal(message.Durations, back.Durations);
        Assert.Equal(message.Doubles, back.Doubles);
        Assert.Equal(message.Masks, back.Masks);
        Assert.Equal(message.Points, back.Points);
    }

    [Fact]
    public void Duplicate_struct_message_key_fails_with_the_key_shown()
    {
        var empty = new KeyKinds([], [], [], [], [], [], [], []);
        var points = Wire.Write((ref WireWriter w) =>
        {
            w.WriteMapHeader(2);
            Messaging.Generated.Messaging_Tests_Generated_Contracts_PointFormatter.Write(ref w, new Point(1, 2));
            w.Write("a");
            Messaging.Generated.Messaging_Tests_Generated_Contracts_PointFormatter.Write(ref w, new Point(1, 2));
            w.Write("b");
        });

        Assert.Equal(
            "KeyKinds: field 7 (Points) duplicate map key 'Point { X = 1, Y = 2 }' at byte 14",
            Wire.Fails<KeyKinds>(Wire.WithElement(empty, 7, points)).Message);
    }

    [Fact]
    public void Dictionary_with_a_Local_and_a_Utc_key_for_the_same_instant_writes_a_body_its_reader_rejects()
    {
        // DateTime equality compares ticks and ignores Kind, so both keys fit one dictionary; on the wire both
        // are the same UTC instant, which the reader then rejects as a duplicate key.
        var utc = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var message = new KeyKinds([], [], new() { [utc] = 1, [utc.ToLocalTime()] = 2 }, [], [], [], [], []);
        Assert.Equal(2, message.Instants.Count);

        var bytes = WireSerializer.Serialize(message);

        Assert.StartsWith("KeyKinds: field 2 (Instants) duplicate map key", Wire.Fails<KeyKinds>(bytes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Obsolete_message_member_and_enum_round_trip()
    {
#pragma warning disable CS0618 // The obsolete contract is the point.
        var holder = new LegacyHolder(new LegacyLine("S", "C", LegacyKind.Older));

        var back = Wire.RoundTrip(holder);

        Assert.Equal(holder, back);
        Assert.Equal("C", back.Line!.Code);
#pragma warning restore CS0618
    }

    [Fact]
    public void Member_hidden_with_new_keeps_the_base_position_with_the_derived_type()
    {
        var renamed = new Renamed { Id = 4, Name = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e") };

        var back = Wire.RoundTrip(renamed);

        Assert.Equal(4, back.Id);
        Assert.Equal(renamed.Name, back.Name);
        Assert.Null(((Named)back).Name);
        Assert.StartsWith("9204d924", Wire.Hex(renamed), StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_that_contain_each_other_round_trip()
    {
        var chain = new Ping("1", new Pong("2", new Ping("3", new Pong("4", null))));

        Assert.Equal(chain, Wire.RoundTrip(chain));
        Assert.Equal(MsgPack.Hex("92 a131 92 a132 92 a133 92 a134 c0"), Wire.Hex(chain));
    }

    [Fact]
    public void Struct_with_a_parameterless_constructor_round_trips()
    {
        var limits = new Limits { Retries = 9, Name = "x" };

        Assert.Equal(limits, Wire.RoundTrip(limits));
    }

    [Fact]
    public void Struct_with_a_parameterless_constructor_keeps_its_initializer_values_for_the_members_a_producer_omits()
    {
        // As for classes: a member with an initializer of its own is set only when the producer sent it.
        Assert.Equal(new Limits { Retries = 3, Name = "limits" }, Wire.Read<Limits>("90"));
        Assert.Equal(new Limits { Retries = 5, Name = "limits" }, Wire.Read<Limits>("91 05"));
        // Sent, even as the type's default, it is what the producer said.
        Assert.Equal(new Limits { Retries = 0, Name = null! }, Wire.Read<Limits>("92 00 c0"));
    }

    [Fact]
    public void Derived_positional_record_round_trips_and_its_base_formatter_writes_only_the_base_members()
    {
        var derived = new DerivedEvent(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "n");

        Assert.Equal(derived, Wire.RoundTrip(derived));
        var asBase = WireSerializer.Serialize<BaseEvent>(derived);
        var back = WireSerializer.Deserialize<BaseEvent>(asBase);
        Assert.Equal(typeof(BaseEvent), back.GetType());
        Assert.Equal(derived.Id, back.Id);
        Assert.StartsWith("91d924", MsgPack.ToHex(asBase), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_parameter_passed_with_in_round_trips()
    {
        var back = Wire.RoundTrip(new ByReference(1.25m, "in"));

        Assert.Equal(1.25m, back.Amount);
        Assert.Equal("in", back.Label);
    }

    [Fact]
    public void Members_named_like_generated_locals_round_trip()
    {
        var message = new LocalNames(1, "w", "r", 2, 3, "e", 4, 5, 6, "m") { Instance = 7, Write = "W", Read = "R" };

        Assert.Equal(message, Wire.RoundTrip(message));
        Assert.Equal(MsgPack.Hex("9d 01 a177 a172 02 03 a165 04 05 06 a16d 07 a157 a152"), Wire.Hex(message));
    }

    [Fact]
    public void Non_nullable_ImmutableArray_member_read_from_nil_is_default()
    {
        var back = Wire.Read<NullabilityMix>("94 80 c0 90 c0");

        Assert.True(back.ImmutableMaybe.IsDefault);
        Assert.Empty(back.JaggedMaybe);
        Assert.Null(back.MaybeLists);
    }

    [Fact]
    public void Message_named_with_keywords_round_trips_and_names_itself_unescaped_in_errors()
    {
        var message = new @operator.@event("s", 1);

        Assert.Equal(message, Wire.RoundTrip(message));
        Assert.Equal("operator.event: field 1 (int) expected int32, found fixstr at byte 2", Wire.FailureOf<@operator.@event>("92 a0 a131"));
        Assert.Equal(
            "Messaging.Generated.Messaging_Tests_Generated_Contracts_operator_eventFormatter",
            Messaging.Generated.GeneratedWireFormatters.GetFormatter<@operator.@event>()!.GetType().FullName);
    }

    [Fact]
    public void Contract_without_nullable_annotations_round_trips_nulls_and_values()
    {
        var empty = new Oblivious(null, null, null, null, null);
        var full = new Oblivious("n", ["a", null], new() { ["l"] = new OrderLine("s", 1, 1m), ["none"] = null }, ["c", null], new OrderLine("x", 2, 2m));

        Assert.Equal("95c0c0c0c0c0", Wire.Hex(empty));
        Assert.Equal(Wire.Hex(empty), Wire.Hex(Wire.RoundTrip(empty)));
        var back = Wire.RoundTrip(full);
        Assert.Equal<IEnumerable<string?>>(["a", null], back.Tags);
        Assert.Null(back.Lines["none"]);
        Assert.Equal<IEnumerable<string?>>(["c", null], back.Codes);
        Assert.Equal(new OrderLine("x", 2, 2m), back.Line);
    }

    [Fact]
    public void Class_with_a_primary_constructor_round_trips_through_it()
    {
        var back = Wire.RoundTrip(new Account("acc", -1.25m));

        Assert.Equal("acc", back.Name);
        Assert.Equal(-1.25m, back.Balance);
        Assert.Equal(MsgPack.Hex("92 a3616363 a52d312e3235"), Wire.Hex(new Account("acc", -1.25m)));
    }
}
