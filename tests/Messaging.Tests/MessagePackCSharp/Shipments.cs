using System;

namespace Messaging.Tests.MessagePackCSharp;

public static class Shipments
{
    public static ShipmentBooked Sample() => new(
        new Guid("0b3c5e7a-1d2f-4a6b-8c9d-0e1f2a3b4c5d"),
        new GeoPoint { Latitude = 52.52, Longitude = 13.405, Label = new Label("Berlin") },
        null,
        [new GeoPoint { Latitude = 48.1351, Longitude = 11.582 }, new GeoPoint { Latitude = -33.8688, Longitude = 151.2093 }],
        new ParcelCode("DE", 4711),
        null,
        new Version(2, 1, 7),
        new Label("fragile"));

    public static string Describe(ShipmentBooked s) =>
        $"{s.ShipmentId} {s.From} {s.To?.ToString() ?? "null"} [{string.Join(", ", s.Stops)}] {s.Code} {s.ReturnCode?.ToString() ?? "null"} {s.Version} {s.Label}";
}
