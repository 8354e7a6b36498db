namespace Messaging.Generators.Model;

/// <summary>
/// What the target framework of the compilation offers the emitted formatters: a contracts assembly on
/// netstandard2.0 lacks the framework types net10.0 code uses, so the emitter writes an equivalent that compiles there.
/// </summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record TargetFactsSpec
{
    /// <summary>The facts of a .NET 8+ target: every framework API is there.</summary>
    public static TargetFactsSpec Modern { get; } = new() { HasCollectionsMarshal = true, HasImmutableCollectionsMarshal = true, HasDictionaryTryAdd = true };

    /// <summary><c>CollectionsMarshal.AsSpan(List&lt;T&gt;)</c> exists (.NET 5+); otherwise lists are copied with <c>ToArray()</c>.</summary>
    public required bool HasCollectionsMarshal { get; init; }

    /// <summary><c>ImmutableCollectionsMarshal</c> exists (.NET 8+); otherwise <c>ImmutableArray.Create</c> copies the array read.</summary>
    public required bool HasImmutableCollectionsMarshal { get; init; }

    /// <summary><c>Dictionary&lt;K, V&gt;.TryAdd</c> exists (.NET Core 2.0+); otherwise a duplicate key is found with <c>ContainsKey</c>.</summary>
    public required bool HasDictionaryTryAdd { get; init; }
}
