namespace Messaging.Serialization;

/// <summary>Limits that keep reading untrusted input safe.</summary>
/// <remarks>
/// Collection and string lengths are always checked against the bytes actually remaining, so a forged length
/// prefix fails before anything is allocated; these options bound what remains.
/// </remarks>
public readonly record struct WireReaderOptions
{
    /// <summary>The default nesting limit of message types and collections.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Creates options with the defaults.</summary>
    public WireReaderOptions()
    {
    }

    /// <summary>The defaults: a nesting depth of <see cref="DefaultMaxDepth"/>.</summary>
    public static WireReaderOptions Default => new();

    /// <summary>How deeply messages and collections may nest before reading fails.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;
}
