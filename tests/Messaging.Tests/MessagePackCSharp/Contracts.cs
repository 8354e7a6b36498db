using System;
using System.Collections.Generic;
using System.Globalization;
using MessagePack;
using MessagePack.Formatters;

namespace Messaging.Tests.MessagePackCSharp;

// `using MessagePack;` beside the Messaging namespace: [Key] is MessagePack-CSharp's, [Message] and [Handler] ours.

/// <summary>A team's own MessagePack-CSharp type: an array of its [Key]s, which MessagePack-CSharp's resolvers format.</summary>
[MessagePackObject]
public sealed class GeoPoint
{
    [Key(0)] public double Latitude { get; set; }

    [Key(1)] public double Longitude { get; set; }

    // A [Message] inside a MessagePack-CSharp type: the default options resolve it to our formatter.
    [Key(2)] public Label? Label { get; set; }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Latitude}, {Longitude}{(Label is null ? "" : " " + Label.Text)})");
}

/// <summary>A type with its own MessagePack-CSharp formatter, named on the type.</summary>
[MessagePackFormatter(typeof(ParcelCodeFormatter))]
public readonly record struct ParcelCode(string Prefix, int Number);

public sealed class ParcelCodeFormatter : IMessagePackFormatter<ParcelCode>
{
    public void Serialize(ref MessagePackWriter writer, ParcelCode value, MessagePackSerializerOptions options) =>
        writer.Write(value.Prefix + "-" + value.Number.ToString(CultureInfo.InvariantCulture));

    public ParcelCode Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var text = reader.ReadString() ?? throw new MessagePackSerializationException("a parcel code cannot be nil");
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return new ParcelCode(text[..dash], int.Parse(text.AsSpan(dash + 1), CultureInfo.InvariantCulture));
    }
}

[Message("tests.label")]
public sealed record Label(string Text);

/// <summary>A message whose members MessagePack-CSharp writes, in every position a member can take.</summary>
[Message("tests.shipment-booked")]
public sealed record ShipmentBooked(
    Guid ShipmentId,
    GeoPoint From,
    GeoPoint? To,
    List<GeoPoint> Stops,
    ParcelCode Code,
    ParcelCode? ReturnCode,
    [property: UseMessagePackCSharp] Version Version,
    Label? Label);
