using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>
/// Members that MessagePack-CSharp formats — a [MessagePackObject], a type or member with [MessagePackFormatter], a
/// member with [UseMessagePackCSharp] — are written and read through the Messaging.MessagePackCSharp bridge, inside
/// collections and nullables too; the snapshots are compiled, and the probe runs them.
/// </summary>
public sealed class MessagePackCSharpSnapshotTests
{
    // `using MessagePack;` beside `using Messaging;`: [Key] is MessagePack-CSharp's, with no ambiguity.
    internal const string Contracts = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using MessagePack;
        using MessagePack.Formatters;
        using Messaging;

        namespace Shop.Geo;

        [MessagePackObject]
        public sealed class Point
        {
            [Key(0)] public double X { get; set; }

            [Key(1)] public double Y { get; set; }

            [Key(2)] public Parcel? Nearest { get; set; }

            public override string ToString() => $"({X}, {Y}{(Nearest is null ? "" : ", near " + Nearest.Label)})";
        }

        [MessagePackFormatter(typeof(MoneyFormatter))]
        public readonly record struct Money(long Cents, string Currency);

        public sealed class MoneyFormatter : IMessagePackFormatter<Money>
        {
            public void Serialize(ref MessagePackWriter writer, Money value, MessagePackSerializerOptions options) =>
                writer.Write(value.Currency + ":" + value.Cents.ToString(CultureInfo.InvariantCulture));

            public Money Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
            {
                var text = reader.ReadString()!;
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                return new Money(long.Parse(text.AsSpan(colon + 1), CultureInfo.InvariantCulture), text.Substring(0, colon));
            }
        }

        public sealed class UpperCaseFormatter : IMessagePackFormatter<string>
        {
            public static readonly UpperCaseFormatter Instance = new();

            private UpperCaseFormatter()
            {
            }

            public void Serialize(ref MessagePackWriter writer, string value, MessagePackSerializerOptions options) =>
                writer.Write(value.ToUpperInvariant());

            public string Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
                reader.ReadString()!.ToLowerInvariant();
        }

        [Message]
        public sealed record Parcel(string Label, int Weight);

        [Message("shop.delivery-planned")]
        public sealed record DeliveryPlanned(
            Guid Id,
            Point Origin,
            Point? Destination,
            List<Point> Route,
            Money Price,
            Money? Tip,
            [property: MessagePackFormatter(typeof(UpperCaseFormatter))] string Note,
            [property: UseMessagePackCSharp] Uri Tracking,
            Dictionary<string, Point> Stops,
            Parcel Parcel);
        """;

    [Fact]
    public void MessagePackCSharp_members_are_written_and_read_through_the_bridge() =>
        Snapshot.Verify([Contracts], TestCompilation.MessagePackCSharpReferences, inputHasErrors: false);

    [Fact]
    public void Generated_formatter_round_trips_MessagePack_CSharp_members_with_their_own_bytes()
    {
        const string probe = """
            using MessagePack;
            using MessagePack.Resolvers;
            using Messaging.MessagePackCSharp;
            using Shop.Geo;

            public static class Probe
            {
                public static string Run()
                {
                    var near = new Parcel("box", 3);
                    var planned = new DeliveryPlanned(
                        Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
                        new Point { X = 1.5, Y = -2, Nearest = near },
                        null,
                        [new Point { X = 3, Y = 4 }],
                        new Money(1250, "EUR"),
                        null,
                        "fragile",
                        new Uri("https://track.example/42"),
                        new Dictionary<string, Point> { ["depot"] = new Point { X = 0, Y = 0 } },
                        near);

                    var bytes = WireSerializer.Serialize(planned);
                    var back = WireSerializer.Deserialize<DeliveryPlanned>(bytes);

                    // The member's bytes are MessagePack-CSharp's own, at the member's position.
                    var reader = new WireReader(bytes);
                    reader.ReadArrayHeader();
                    reader.Skip();
                    var origin = reader.ReadRawValue().ToArray();
                    var theirs = MessagePackSerializer.Serialize(planned.Origin, MessagePackCSharpBridge.Options);
                    reader.Skip();
                    reader.Skip();
                    var price = reader.ReadString();
                    reader.Skip();
                    var note = reader.ReadString();

                    // And MessagePack-CSharp with our resolver writes exactly our bytes, and reads them.
                    var options = MessagePackSerializerOptions.Standard
                        .WithResolver(CompositeResolver.Create(MessagingResolver.Instance, StandardResolver.Instance));
                    var viaResolver = MessagePackSerializer.Serialize(planned, options);
                    var readByThem = MessagePackSerializer.Deserialize<DeliveryPlanned>(bytes, options);

                    return string.Join("\n",
                        $"origin bytes equal MessagePack-CSharp's: {origin.AsSpan().SequenceEqual(theirs)}",
                        $"price {price}, note {note}",
                        Describe(back),
                        $"resolver bytes equal ours: {viaResolver.AsSpan().SequenceEqual(bytes)}",
                        Describe(readByThem));
                }

                private static string Describe(DeliveryPlanned d) =>
                    $"{d.Id} {d.Origin} {d.Destination?.ToString() ?? "null"} [{string.Join(", ", d.Route)}] {d.Price.Cents} {d.Price.Currency} " +
                    $"{d.Tip?.ToString() ?? "null"} {d.Note} {d.Tracking} {string.Join(", ", d.Stops.Select(s => s.Key + "=" + s.Value))} {d.Parcel}";
            }
            """;

        var result = GeneratedCode.RunWithMessagePackCSharp([Contracts, probe]);

        Assert.Equal(
            """
            origin bytes equal MessagePack-CSharp's: True
            price EUR:1250, note FRAGILE
            6f9619ff-8b86-d011-b42d-00cf4fc964ff (1.5, -2, near box) null [(3, 4)] 1250 EUR null fragile https://track.example/42 depot=(0, 0) Parcel { Label = box, Weight = 3 }
            resolver bytes equal ours: True
            6f9619ff-8b86-d011-b42d-00cf4fc964ff (1.5, -2, near box) null [(3, 4)] 1250 EUR null fragile https://track.example/42 depot=(0, 0) Parcel { Label = box, Weight = 3 }
            """.ReplaceLineEndings("\n"),
            result);
    }
}
