using System;
using System.Collections.Generic;

namespace Messaging.Tests.Generated.Contracts;

// Three versions of one contract, as three producers and consumers would have them.

/// <summary>The first version: an id and an amount.</summary>
[Message]
public sealed record InvoiceV1(string InvoiceId, decimal Amount);

/// <summary>A later producer: new members of every shape after the old ones.</summary>
[Message]
public sealed record InvoiceV2(
    string InvoiceId,
    decimal Amount,
    string? Currency,
    List<InvoiceLineV2> Lines,
    Dictionary<string, int[]> Extra,
    InvoiceV2? Previous,
    DateTime IssuedAt,
    byte[] Pdf);

[Message]
public sealed record InvoiceLineV2(string Sku, int Quantity, Dictionary<string, string> Tags);

/// <summary>A consumer that knows more than an old producer sends: constructor defaults fill the gap.</summary>
[Message]
public sealed record InvoiceV3(
    string InvoiceId,
    decimal Amount,
    string Currency = "EUR",
    int Revision = 1,
    Color Color = Color.Blue,
    double Rate = 0.25,
    string? Note = null,
    List<string>? Tags = null);

/// <summary>Version 1 of a cart: items with a SKU.</summary>
[Message]
public sealed record CartV1(string CartId, List<CartItemV1> Items, MoneyV1 Total);

[Message]
public sealed record CartItemV1(string Sku);

[Message]
public readonly record struct MoneyV1(decimal Amount);

/// <summary>Version 2 of a cart: its items and money carry more.</summary>
[Message]
public sealed record CartV2(string CartId, List<CartItemV2> Items, MoneyV2 Total, string Note);

[Message]
public sealed record CartItemV2(string Sku, int Quantity, Dictionary<string, List<int>> Options, CartItemV2? Bundle);

[Message]
public readonly record struct MoneyV2(decimal Amount, string Currency, int[] Rounding);

/// <summary>A class read through an object initializer, version 1.</summary>
[Message]
public sealed class SettingsV1
{
    public string Name { get; init; } = "";

    public int Level { get; set; }
}

/// <summary>The same class with members an older producer does not send.</summary>
[Message]
public sealed class SettingsV2
{
    public string Name { get; init; } = "";

    public int Level { get; set; }

    public string? Theme { get; init; }

    public int Retries { get; set; } = 7;
}
