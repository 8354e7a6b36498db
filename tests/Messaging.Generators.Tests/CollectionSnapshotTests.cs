using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests;

/// <summary>Collections, dictionaries, enums and nullables, alone and nested.</summary>
public sealed class CollectionSnapshotTests
{
    [Fact]
    public void Every_collection_and_dictionary_kind_travels_as_an_array_or_a_map() => Snapshot.Verify("""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Messaging;

        namespace Inventory;

        [Message]
        public sealed class StockReport
        {
            public int[] Array { get; init; } = [];

            public List<string> List { get; init; } = [];

            public IList<long> IList { get; init; } = [];

            public ICollection<Guid> ICollection { get; init; } = [];

            public IReadOnlyList<decimal> IReadOnlyList { get; init; } = [];

            public IReadOnlyCollection<bool> IReadOnlyCollection { get; init; } = [];

            public IEnumerable<double> Enumerable { get; init; } = [];

            public ImmutableArray<short> Immutable { get; init; }

            public byte[] Bytes { get; init; } = [];

            public ReadOnlyMemory<byte> ReadOnlyMemory { get; init; }

            public Memory<byte> Memory { get; init; }

            public Dictionary<string, int> Dictionary { get; init; } = [];

            public IDictionary<int, string> IDictionary { get; init; } = new Dictionary<int, string>();

            public IReadOnlyDictionary<Guid, DateTime> IReadOnlyDictionary { get; init; } = new Dictionary<Guid, DateTime>();
        }
        """);

    [Fact]
    public void Sets_travel_as_arrays_and_are_read_into_a_hash_set() => Snapshot.Verify("""
        using System;
        using System.Collections.Generic;
        using Messaging;

        namespace Inventory;

        [Message]
        public sealed record Shelf(HashSet<string> Tags, ISet<int> Slots, IReadOnlySet<Guid>? Reserved, HashSet<HashSet<long>> Groups);
        """);

    [Fact]
    public void Nested_collections_get_loops_with_unique_locals() => Snapshot.Verify("""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Messaging;

        namespace Inventory;

        public enum Severity
        {
            Info,
            Warning,
            Error,
        }

        [Message]
        public sealed record Bin(string Code, int Capacity);

        [Message]
        public sealed record Warehouse(
            List<Dictionary<string, Severity?>> Alerts,
            int[][] Grid,
            Dictionary<string, List<Bin>> BinsByAisle,
            IReadOnlyList<IReadOnlyList<string?>> Labels,
            ImmutableArray<int[]> Levels,
            IDictionary<int, IEnumerable<Bin>>? Overflow,
            ICollection<ImmutableArray<byte>?> Blobs,
            Dictionary<Bin, string> Owners);
        """);

    [Fact]
    public void Enums_and_nullables_of_value_and_reference_types() => Snapshot.Verify("""
        using System;
        using System.Collections.Generic;
        using Messaging;

        namespace Inventory;

        public enum Status
        {
            Active,
            Retired,
        }

        public enum Flags : ulong
        {
            None = 0,
            All = ulong.MaxValue,
        }

        public enum Tiny : sbyte
        {
            Negative = -1,
        }

        [Message]
        public sealed record Item(string Sku);

        [Message]
        public sealed record ItemUpdated(
            Status Status,
            Flags Flags,
            Tiny Tiny,
            Status? PreviousStatus,
            int? Quantity,
            Guid? BatchId,
            DateTime? ExpiresAt,
            string? Note,
            byte[]? Thumbnail,
            Item? Replacement,
            List<int?> Counts,
            List<string?>? Tags,
            Status?[] History);
        """);
}
