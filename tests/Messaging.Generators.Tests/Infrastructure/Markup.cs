using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.Tests.Infrastructure;

/// <summary>
/// Source with expected diagnostics marked in place: <c>{|MSG0001:Span|}</c> expects MSG0001 on exactly the text
/// <c>Span</c>. Markers do not nest.
/// </summary>
internal sealed record Markup(string Source, IReadOnlyList<(string Id, TextSpan Span)> Expected)
{
    private const string Open = "{|";
    private const string Close = "|}";

    /// <summary>Strips the markers from <paramref name="markup"/> and records where each was.</summary>
    public static Markup Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<(string, TextSpan)>();
        var position = 0;
        while (true)
        {
            var start = markup.IndexOf(Open, position, StringComparison.Ordinal);
            if (start < 0)
            {
                source.Append(markup, position, markup.Length - position);
                break;
            }

            source.Append(markup, position, start - position);
            var colon = markup.IndexOf(':', start);
            var end = markup.IndexOf(Close, colon, StringComparison.Ordinal);
            if (colon < 0 || end < 0)
            {
                throw new FormatException($"Unterminated marker at {start}.");
            }

            var id = markup.Substring(start + Open.Length, colon - start - Open.Length);
            var text = markup.Substring(colon + 1, end - colon - 1);
            expected.Add((id, new TextSpan(source.Length, text.Length)));
            source.Append(text);
            position = end + Close.Length;
        }

        return new Markup(source.ToString(), expected);
    }
}
