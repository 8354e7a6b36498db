using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Messaging.Tests.Generated.Contracts;

/// <summary>Nullable annotations at every level of nested collections: generated code must compile without a warning.</summary>
[Message]
public sealed record NullabilityMix(
    Dictionary<string, int[]?> MaybeArrays,
    List<List<string?>?>? MaybeLists,
    string?[]?[] JaggedMaybe,
    ImmutableArray<string?> ImmutableMaybe,
    IEnumerable<OrderLine?> MaybeLines,
    Dictionary<Guid, Money?> MaybeMoney,
    Memory<byte>? MaybeMemory,
    IReadOnlyDictionary<string, List<int?>?>? Deep);

/// <summary>Dictionary keys of every scalar kind.</summary>
[Message]
public sealed record KeyKinds(
    Dictionary<char, int> Chars,
    Dictionary<bool, int> Booleans,
    Dictionary<DateTime, int> Instants,
    Dictionary<decimal, int> Decimals,
    Dictionary<TimeSpan, int> Durations,
    Dictionary<double, int> Doubles,
    Dictionary<ulong, int> Masks,
    Dictionary<Point, string> Points);

#pragma warning disable CS0618 // Obsolete types and members must still serialize.
/// <summary>An obsolete message with an obsolete member of an obsolete enum type.</summary>
[Obsolete("Use OrderLine")]
[Message]
public sealed record LegacyLine(string Sku, [property: Obsolete("Use Sku")] string? Code, LegacyKind Kind);

[Obsolete("Gone")]
public enum LegacyKind
{
    Old,
    Older,
}

[Message]
public sealed record LegacyHolder(LegacyLine? Line);
#pragma warning restore CS0618

public class Named
{
    public int Id { get; set; }

    public string? Name { get; set; }
}

/// <summary>A member hidden with <c>new</c> and a different type keeps the base position and takes the derived type.</summary>
[Message]
public sealed class Renamed : Named
{
    public new Guid Name { get; set; }
}

/// <summary>Two messages that contain each other.</summary>
[Message]
public sealed record Ping(string Id, Pong? Reply);

[Message]
public sealed record Pong(string Id, Ping? Next);

/// <summary>A struct whose explicit parameterless constructor sets a default an older producer relies on.</summary>
[Message]
public record struct Limits()
{
    public int Retries { get; init; } = 3;

    public string Name { get; init; } = "limits";
}

/// <summary>A positional record deriving from another message.</summary>
[Message]
public record BaseEvent(Guid Id);

[Message]
public sealed record DerivedEvent(Guid Id, string Name) : BaseEvent(Id);

/// <summary>A constructor parameter passed with <c>in</c>.</summary>
[Message]
public sealed class ByReference
{
    public ByReference(in decimal amount, string label)
    {
        Amount = amount;
        Label = label;
    }

    public decimal Amount { get; }

    public string Label { get; }
}

/// <summary>Members named like the generated code's locals and parameters.</summary>
[Message]
public sealed record LocalNames(int value, string writer, string reader, int count, int fieldIndex, string ex, int f0, int items0, int i0, string map0)
{
    public int Instance { get; init; }

    public string? Write { get; init; }

    public string? Read { get; init; }
}

#pragma warning disable CS8981, CA1716, CA1720 // Keyword-named types and members, the case under test.
/// <summary>A message whose type name is a C# keyword, nested in a keyword-named class.</summary>
public static class @operator
{
    [Message]
    public sealed record @event(string @string, int @int);
}
#pragma warning restore CS8981, CA1716, CA1720
