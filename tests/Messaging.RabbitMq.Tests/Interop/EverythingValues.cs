using System;
using System.Collections.Generic;
using Messaging.RabbitMq.Tests.Interop.Contracts;

namespace Messaging.RabbitMq.Tests.Interop;

/// <summary>The <see cref="Everything"/> both directions of the interop tests carry; interop_peer.py builds the same one.</summary>
public static class EverythingValues
{
    /// <summary>
    /// What <c>everything()</c> in interop_peer.py builds, as the .NET side must read it. Python's datetime has
    /// microseconds, so <see cref="Everything.At"/> has no finer digit; the offset of <see cref="Everything.Offset"/>
    /// (+02:00 in Python) is not on the wire, only the instant.
    /// </summary>
    public static Everything Sample { get; } = new(
        Text: "Grüße, 世界 😀",
        Flag: true,
        Level: 200,
        Delta: -100,
        Temperature: -30000,
        Port: 60000,
        Balance: -2_000_000_000,
        Population: 4_000_000_000,
        Distance: -9_000_000_000_000,
        Checksum: ulong.MaxValue,
        Ratio: 0.1,
        Weight: 1.5f,
        Amount: 12345.670m,
        Id: Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
        At: new DateTime(2026, 11, 21, 9, 30, 15, DateTimeKind.Utc).AddTicks(1_234_560),
        Offset: new DateTimeOffset(1969, 7, 20, 18, 17, 40, TimeSpan.Zero),
        Duration: new TimeSpan(1, 2, 3) + TimeSpan.FromTicks(40),
        Priority: Priority.Urgent,
        MissingNumber: null,
        PresentNumber: 7,
        MissingText: null,
        Tags: ["red", "", "blue"],
        Numbers: [1, -1, 65536, int.MinValue],
        Counts: new Dictionary<string, int> { ["apples"] = 3, ["pears"] = -4 },
        Names: new Dictionary<long, string> { [1] = "one", [1000] = "thousand" },
        Child: new Part("child", 0.5m, [1, 2]),
        Parts: [new Part("a", 1m, []), new Part("b", 99.99m, [3])],
        MissingChild: null,
        Blob: [0, 1, 2, 254, 255]);
}
