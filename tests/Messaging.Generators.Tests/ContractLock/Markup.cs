using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.Tests.ContractLock;

/// <summary>Text with expected diagnostics marked as <c>{|ID:text|}</c>: the plain text and each id with its span.</summary>
internal sealed record Markup(string Text, IReadOnlyList<(string Id, TextSpan Span)> Spans)
{
    /// <summary>Strips the markers from <paramref name="markup"/> and records where each marked text ends up.</summary>
    public static Markup Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = new List<(string, TextSpan)>();
        var position = 0;
        while (true)
        {
            var open = markup.IndexOf("{|", position, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(markup, position, markup.Length - position);
                return new Markup(text.ToString(), spans);
            }

            text.Append(markup, position, open - position);
            var colon = markup.IndexOf(':', open);
            var close = markup.IndexOf("|}", colon, StringComparison.Ordinal);
            if (colon < 0 || close < 0)
            {
                throw new FormatException($"Unclosed marker at {open}.");
            }

            var id = markup.Substring(open + 2, colon - open - 2);
            var start = text.Length;
            text.Append(markup, colon + 1, close - colon - 1);
            spans.Add((id, TextSpan.FromBounds(start, text.Length)));
            position = close + 2;
        }
    }
}
