using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Messaging.Serialization;
using Messaging.Tests.Generated.Contracts;
using Messaging.Tests.Infrastructure;
using Xunit;

namespace Messaging.Tests.Generated;

/// <summary>
/// Producers and consumers on different versions of a contract, modelled as differently named messages with
/// compatible shapes, and as bytes written by hand.
/// </summary>
public sealed class VersionToleranceTests
{
    private static readonly InvoiceV2 s_newer = new(
        "INV-1",
        12.50m,
        "USD",
        [new InvoiceLineV2("A", 2, new() { ["gift"] = "yes" }), new InvoiceLineV2("B", 1, [])],
        new() { ["ids"] = [1, 2, 3], ["none"] = [] },
        new InvoiceV2("INV-0", 1m, null, [], [], null, DateTime.UnixEpoch, []),
        new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(5),
        [1, 2, 3]);

    [Fact]
    public void Older_consumer_skips_the_fields_a_newer_producer_added()
    {
        var bytes = WireSerializer.Serialize(s_newer);

        var old = WireSerializer.Deserialize<InvoiceV1>(bytes);

        Assert.Equal(new InvoiceV1("INV-1", 12.50m), old);
        Assert.Equal("12.50", old.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Newer_consumer_leaves_the_fields_an_older_producer_did_not_send_at_default()
    {
        var bytes = WireSerializer.Serialize(new InvoiceV1("INV-1", 3m));

        var newer = WireSerializer.Deserialize<InvoiceV2>(bytes);

        Assert.Equal("INV-1", newer.InvoiceId);
        Assert.Equal(3m, newer.Amount);
        Assert.Null(newer.Currency);
        Assert.Null(newer.Lines);
        Assert.Null(newer.Extra);
        Assert.Null(newer.Previous);
        Assert.Equal(default, newer.IssuedAt);
        Assert.Null(newer.Pdf);
    }

    [Fact]
    public void Newer_consumer_takes_constructor_default_values_for_fields_an_older_producer_did_not_send()
    {
        var bytes = WireSerializer.Serialize(new InvoiceV1("INV-1", 3m));

        var newer = WireSerializer.Deserialize<InvoiceV3>(bytes);

        Assert.Equal(new InvoiceV3("INV-1", 3m, "EUR", 1, Color.Blue, 0.25, null, null), newer);
    }

    [Fact]
    public void Every_constructor_default_value_applies_when_only_the_first_field_arrives()
    {
        var retry = Wire.Read<RetryScheduled>("91 a36a6f62");

        Assert.Equal("job", retry.JobId);
        Assert.Equal(3, retry.Attempt);
        Assert.Equal("default \"queue\" \\ é\u2028\0😀", retry.Queue);
        Assert.Equal(Priority.High, retry.Priority);
        Assert.Equal(Temperature.Freezing, retry.Temperature);
        Assert.Equal("1.50", retry.Backoff.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(decimal.MinValue, retry.Smallest);
        Assert.Equal(double.NegativeInfinity, retry.Jitter);
        Assert.Equal(BitConverter.DoubleToUInt64Bits(-0.0), BitConverter.DoubleToUInt64Bits(retry.NegativeZero));
        Assert.True(float.IsNaN(retry.Scale));
        Assert.Equal(long.MinValue, retry.Floor);
        Assert.Equal(int.MinValue, retry.IntFloor);
        Assert.Equal(ulong.MaxValue, retry.Ceiling);
        Assert.Null(retry.Limit);
        Assert.Equal(5, retry.Retries);
        Assert.Equal(Color.Red, retry.Tint);
        Assert.Equal('\'', retry.Marker);
        Assert.Equal('\ud800', retry.Surrogate);
        Assert.True(retry.Enabled);
        Assert.Null(retry.Note);
        Assert.Equal(Permissions.Read | Permissions.Write, retry.Permissions);

        // ...which are exactly what C# gives for a call that omits them.
        Assert.Equal(Wire.Hex(new RetryScheduled("job")), Wire.Hex(retry));
    }

    [Fact]
    public void Empty_array_from_the_oldest_producer_leaves_every_member_at_its_default()
    {
        var retry = Wire.Read<RetryScheduled>("90");

        Assert.Equal(new RetryScheduled(null!), retry);
    }

    [Fact]
    public void Every_shorter_prefix_of_fields_reads_with_the_rest_at_defaults()
    {
        var fields = Wire.Elements(WireSerializer.Serialize(s_newer));
        var defaults = new InvoiceV2(null!, 0m, null, null!, null!, null, default, null!);

        for (var count = 0; count <= fields.Count; count++)
        {
            var bytes = Wire.ArrayOf(fields.Take(count));

            var read = WireSerializer.Deserialize<InvoiceV2>(bytes);

            // Field by field: the first `count` come from the producer, the others are the defaults.
            var expected = new InvoiceV2(
                count > 0 ? s_newer.InvoiceId : defaults.InvoiceId,
                count > 1 ? s_newer.Amount : defaults.Amount,
                count > 2 ? s_newer.Currency : defaults.Currency,
                count > 3 ? s_newer.Lines : defaults.Lines,
                count > 4 ? s_newer.Extra : defaults.Extra,
                count > 5 ? s_newer.Previous : defaults.Previous,
                count > 6 ? s_newer.IssuedAt : defaults.IssuedAt,
                count > 7 ? s_newer.Pdf : defaults.Pdf);
            Assert.Equal(Wire.Hex(expected), Wire.Hex(read));
        }
    }

    [Fact]
    public void Older_consumer_skips_added_fields_of_nested_messages_in_lists_and_structs()
    {
        var cart = new CartV2(
            "cart-1",
            [
                new CartItemV2("A", 2, new() { ["size"] = [38, 39] }, new CartItemV2("A-bundle", 1, [], null)),
                new CartItemV2("B", 1, [], null),
            ],
            new MoneyV2(19.99m, "EUR", [1, 5]),
            "please gift-wrap");

        var old = WireSerializer.Deserialize<CartV1>(WireSerializer.Serialize(cart));

        Assert.Equal("cart-1", old.CartId);
        Assert.Equal([new CartItemV1("A"), new CartItemV1("B")], old.Items);
        Assert.Equal(new MoneyV1(19.99m), old.Total);
    }

    [Fact]
    public void Newer_consumer_reads_nested_messages_from_an_older_producer_with_defaults()
    {
        var old = new CartV1("cart-1", [new CartItemV1("A")], new MoneyV1(5m));

        var newer = WireSerializer.Deserialize<CartV2>(WireSerializer.Serialize(old));

        Assert.Equal("cart-1", newer.CartId);
        var item = Assert.Single(newer.Items);
        Assert.Equal("A", item.Sku);
        Assert.Equal(0, item.Quantity);
        Assert.Null(item.Options);
        Assert.Null(item.Bundle);
        Assert.Equal(5m, newer.Total.Amount);
        Assert.Null(newer.Total.Currency);
        Assert.Null(newer.Total.Rounding);
        Assert.Null(newer.Note);
    }

    [Fact]
    public void Older_producer_leaves_missing_members_at_their_own_initializer_else_at_default()
    {
        // docs/wire-format.md: a missing member keeps its initializer (`Retries { get; set; } = 7`), else its
        // constructor parameter's default, else default.
        var newer = WireSerializer.Deserialize<SettingsV2>(WireSerializer.Serialize(new SettingsV1 { Name = "n", Level = 2 }));

        Assert.Equal("n", newer.Name);
        Assert.Equal(2, newer.Level);
        Assert.Null(newer.Theme);
        Assert.Equal(7, newer.Retries);
    }

    [Fact]
    public void Member_with_an_initializer_takes_what_a_producer_sent_even_the_types_default()
    {
        var sent = new SettingsV2 { Name = "n", Level = 2, Theme = "dark", Retries = 0 };

        var read = WireSerializer.Deserialize<SettingsV2>(WireSerializer.Serialize(sent));

        Assert.Equal("dark", read.Theme);
        Assert.Equal(0, read.Retries);
    }

    [Fact]
    public void Extra_slots_holding_every_kind_of_value_are_skipped()
    {
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(2 + 10);
            w.Write("INV-9");
            w.Write(7.25m);

            // A newer producer's fields: nested arrays and maps, messages, extensions, binaries, floats, nil.
            w.WriteArrayHeader(2);
            w.WriteArrayHeader(1);
            w.WriteArrayHeader(0);
            w.WriteMapHeader(1);
            w.Write("k");
            w.WriteArrayHeader(1);
            w.Write(1);
            w.WriteMapHeader(2);
            w.Write(1);
            w.WriteMapHeader(0);
            w.WriteArrayHeader(1);
            w.Write(true);
            w.WriteNil();
            w.WriteExtension(5, [1, 2, 3]);
            w.Write(DateTime.MaxValue);
            w.WriteBinary(new byte[300]);
            w.Write(new string('s', 70_000));
            w.Write(double.NaN);
            w.Write(long.MinValue);
            w.Write(ulong.MaxValue);
            w.WriteNil();
        });

        Assert.Equal(new InvoiceV1("INV-9", 7.25m), WireSerializer.Deserialize<InvoiceV1>(bytes));
    }

    [Fact]
    public void Extra_slot_nested_far_deeper_than_the_depth_limit_is_skipped_without_recursion()
    {
        // Skipping is iterative: an unknown value nested 100 000 levels deep neither overflows the stack nor
        // counts against MaxDepth, which bounds what the formatters read.
        const int Levels = 100_000;
        var bytes = new List<byte> { 0x93, 0xa1, (byte)'x', 0x01 };
        bytes.AddRange(Enumerable.Repeat((byte)0x91, Levels));
        bytes.Add(0xc0);

        Assert.Equal(new InvoiceV1("x", 1m), WireSerializer.Deserialize<InvoiceV1>(bytes.ToArray()));
    }

    [Fact]
    public void Newer_producer_extra_elements_in_a_nested_struct_inside_a_nullable_slot_are_skipped()
    {
        // Discounted.Discount is a Money? whose array carries a third element from a newer Money.
        var bytes = Wire.Write((ref WireWriter w) =>
        {
            w.WriteArrayHeader(2);
            w.WriteArrayHeader(2);
            w.Write(1m);
            w.Write("EUR");
            w.WriteArrayHeader(3);
            w.Write(0.5m);
            w.Write("EUR");
            w.WriteMapHeader(1);
            w.Write("rounding");
            w.Write("half-even");
        });

        var read = WireSerializer.Deserialize<Discounted>(bytes);

        Assert.Equal(new Money(1m, "EUR"), read.Price);
        Assert.Equal(new Money(0.5m, "EUR"), read.Discount);
        Assert.Null(read.History);
        Assert.Equal(default, read.Where);
    }
}
