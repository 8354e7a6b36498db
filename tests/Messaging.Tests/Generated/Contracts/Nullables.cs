using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Messaging.Tests.Generated.Contracts;

/// <summary><see cref="Nullable{T}"/> of every kind of value type, and nullable references.</summary>
[Message]
public sealed record NullableValues(
    int? Count,
    long? Total,
    bool? Flag,
    double? Ratio,
    float? Score,
    decimal? Price,
    Guid? Id,
    DateTime? At,
    DateTimeOffset? Offset,
    TimeSpan? Elapsed,
    char? Initial,
    Color? Tint,
    Mask? Bits,
    Money? Cost,
    ImmutableArray<int>? Immutable,
    ReadOnlyMemory<byte>? Blob,
    string? Text,
    byte[]? Bytes,
    OrderLine? Line,
    List<int?>? Counts);
