using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.Emitter;

/// <summary>Builds C# text line by line with an indentation counter; lines end in <c>\n</c> on every platform.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;

    private readonly StringBuilder _builder = new();
    private int _indentation;

    /// <summary>The current indentation level.</summary>
    public int Indentation
    {
        get => _indentation;
        set => _indentation = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>
    /// Writes <paramref name="text"/> at the current indentation. A multi-line text (a raw string literal) is
    /// written line by line, each re-indented; its own relative indentation is kept and blank lines stay empty.
    /// </summary>
    public void WriteLine(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > 0 && text[start + length - 1] == '\r')
            {
                length--;
            }

            if (length > 0)
            {
                _builder.Append(' ', _indentation * IndentSize);
                _builder.Append(text, start, length);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        _indentation++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/> (e.g. <c>;</c>).</summary>
    public void CloseBlock(string suffix = "")
    {
        _indentation--;
        WriteLine("}" + suffix);
    }

    /// <summary>The text written so far, as UTF-8 source.</summary>
    public SourceText ToSourceText() => SourceText.From(_builder.ToString(), Encoding.UTF8);

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}
