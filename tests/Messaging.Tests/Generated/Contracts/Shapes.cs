using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Messaging.Tests.Generated.Contracts;

/// <summary>A message that contains itself: a category tree.</summary>
[Message]
public sealed record TreeNode(string Name, List<TreeNode> Children);

/// <summary>A message with no members at all.</summary>
[Message]
public sealed record Heartbeat;

/// <summary>A class read through an object initializer: init, set, a field and a required member.</summary>
[Message]
public sealed class CustomerProfile
{
    public required string CustomerId { get; init; }

    public string? Email { get; init; }

    public int LoyaltyPoints { get; set; }

#pragma warning disable CA1051 // A public field is one of the member kinds under test.
    public bool IsVip;
#pragma warning restore CA1051

    public DateTime RegisteredAt { get; init; }

    // Not on the wire: computed, get-only, non-public, static.
    public string DisplayName => CustomerId + " <" + Email + ">";

#pragma warning disable MSG0011 // Left off the wire on purpose: the tests check that it is.
    public int ReadOnlyCount { get; }
#pragma warning restore MSG0011

    internal string? Internal { get; set; }

    public static int StaticCount { get; set; }
}

/// <summary>A positional record with a required member set by the initializer.</summary>
[Message]
public sealed record Registration(string UserName)
{
    public required string Email { get; init; }

    public required int Age { get; init; }
}

/// <summary>A class whose constructor sets required members, so the initializer does not.</summary>
[Message]
public sealed class Invitation
{
    [SetsRequiredMembers]
    public Invitation(string code)
    {
        Code = code;
    }

    public required string Code { get; init; }
}

/// <summary>Explicit keys with gaps: keys 2 and 4 to 9 are retired and travel as nil.</summary>
[Message]
public sealed record PriceChanged([WireKey(0)] string Sku, [property: WireKey(3)] decimal NewPrice)
{
    [WireKey(1)]
    public decimal? OldPrice { get; init; }

    [WireKey(10)]
    public string? Reason { get; init; }
}

/// <summary>Members named after C# keywords.</summary>
[Message]
public sealed record Keywords(string @class, int @event)
{
    public bool @namespace { get; init; }

#pragma warning disable CA1051 // A public field is one of the member kinds under test.
    public string? @operator;
#pragma warning restore CA1051
}

public static class Outer
{
    [Message]
    public sealed record Inner(string Name);

    internal static class Deeper
    {
        [Message]
        internal sealed record Innermost(Inner Parent, int Level);
    }
}

public enum Priority : byte
{
    Low = 1,
    High = 2,
}

/// <summary>Constructor default values, which an older producer's missing fields fall back to.</summary>
[Message]
public sealed record RetryScheduled(
    string JobId,
    int Attempt = 3,
    string Queue = "default \"queue\" \\ é\u2028\0😀",
    Priority Priority = Priority.High,
    Temperature Temperature = Temperature.Freezing,
    decimal Backoff = 1.50m,
    decimal Smallest = decimal.MinValue,
    double Jitter = double.NegativeInfinity,
    double NegativeZero = -0.0,
    float Scale = float.NaN,
    long Floor = long.MinValue,
    int IntFloor = int.MinValue,
    ulong Ceiling = ulong.MaxValue,
    long? Limit = null,
    int? Retries = 5,
    Color? Tint = Color.Red,
    char Marker = '\'',
    char Surrogate = '\ud800',
    bool Enabled = true,
    string? Note = null,
    Permissions Permissions = Permissions.Read | Permissions.Write);

/// <summary>Inherited members come first; an override keeps its base position.</summary>
public abstract record DomainEvent
{
    public Guid EventId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}

[Message]
public sealed record OrderShipped(string OrderId, string Carrier) : DomainEvent;

public class Entity
{
    public int Version { get; set; }

    public virtual string? Tag { get; set; }
}

[Message]
public class Product : Entity
{
    public string Name { get; set; } = "";

    public override string? Tag { get; set; }
}

/// <summary>A readonly record struct message: never nil.</summary>
[Message]
public readonly record struct Money(decimal Amount, string Currency);

/// <summary>A mutable record struct message.</summary>
[Message]
public record struct Point(int X, int Y);

/// <summary>A plain struct with fields.</summary>
[Message]
#pragma warning disable CA1815 // Equality is not what this contract tests.
public struct Coordinates
#pragma warning restore CA1815
{
#pragma warning disable CA1051 // Public fields are the member kind under test.
    public double Latitude;
    public double Longitude;
#pragma warning restore CA1051
}

[Message]
public sealed record Discounted(Money Price, Money? Discount, List<Money> History, Point Where, Coordinates Location, Point? Maybe);

/// <summary>Several constructors: the one with the most parameters matching members wins.</summary>
[Message]
public sealed class Shipment
{
    public Shipment()
    {
        Carrier = "";
        Tracking = "";
    }

    public Shipment(string carrier)
    {
        Carrier = carrier;
        Tracking = "";
    }

    public Shipment(string carrier, string tracking)
    {
        Carrier = carrier;
        Tracking = tracking;
    }

    public string Carrier { get; }

    public string Tracking { get; }

    public int Weight { get; set; }
}

/// <summary>Read-only fields set through the constructor.</summary>
[Message]
public sealed class ReadOnlyFields
{
#pragma warning disable CA1051 // Public fields are the member kind under test.
    public readonly string Name;
    public readonly int Count;
#pragma warning restore CA1051

    public ReadOnlyFields(string name, int count)
    {
        Name = name;
        Count = count;
    }
}

/// <summary>A struct message much larger in memory (8 Guids, 128 bytes) than the one byte its wire form can start with.</summary>
[Message]
public readonly record struct Wide(Guid A, Guid B, Guid C, Guid D, Guid E, Guid F, Guid G, Guid H);

/// <summary>Holds wide elements in each collection kind whose read presizes from the wire count.</summary>
[Message]
public sealed record WideHolder(Wide[] Array, List<Wide> List, Dictionary<Guid, Wide> Map);
