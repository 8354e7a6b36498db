using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Messaging.Tests.Generated.Contracts;

/// <summary>Every collection kind the generator maps to a MessagePack array, as init-only properties.</summary>
[Message]
public sealed class Sequences
{
    public int[]? Array { get; init; }

    public List<string>? List { get; init; }

    public IReadOnlyList<long>? ReadOnlyList { get; init; }

    public IList<Guid>? MutableList { get; init; }

    public ICollection<decimal>? Collection { get; init; }

    public IReadOnlyCollection<bool>? ReadOnlyCollection { get; init; }

    public IEnumerable<double>? Enumerable { get; init; }

    public ImmutableArray<short> Immutable { get; init; }

    public string?[]? NullableItems { get; init; }

    public OrderLine[]? Lines { get; init; }
}

/// <summary>Every dictionary kind, with message values, enum keys and nullable values.</summary>
[Message]
public sealed record Maps(
    Dictionary<string, int>? Counts,
    IDictionary<int, string>? Names,
    IReadOnlyDictionary<Guid, DateTime>? Seen,
    Dictionary<Color, OrderLine>? LinesByColor,
    Dictionary<Size, string?>? Labels,
    Dictionary<string, OrderLine?>? MaybeLines,
    IReadOnlyDictionary<Mask, Money>? Prices);

/// <summary>Collections inside collections inside dictionaries.</summary>
[Message]
public sealed record NestedCollections(
    List<Dictionary<string, int[]>> Grids,
    int[][] Jagged,
    Dictionary<string, List<OrderLine>> LinesByAisle,
    IReadOnlyList<IReadOnlyList<string?>> Labels,
    ImmutableArray<int[]> Levels,
    IDictionary<int, IEnumerable<OrderLine>>? Overflow,
    ICollection<ImmutableArray<byte>?> Blobs,
    Color?[] History,
    List<byte[]> Chunks,
    Dictionary<string, Dictionary<string, decimal>> Nested);
