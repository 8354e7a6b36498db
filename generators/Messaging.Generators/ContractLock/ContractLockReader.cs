using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Messaging.Generators.Model;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.ContractLock;

/// <summary>
/// Reads a contract lock file: strict JSON (RFC 8259 objects, arrays, strings, whole non-negative numbers,
/// <c>null</c>), restricted to the shape <see cref="ContractLockWriter"/> writes. Anything else — a comment, a
/// trailing comma, a fraction, an unknown or repeated property, a repeated message or field — is rejected with a
/// message that says what was found, where, and what was expected.
/// </summary>
/// <remarks>
/// Analyzers load into hosts that do not all carry System.Text.Json, and the lock needs a fraction of JSON: a small
/// recursive reader with a fixed depth limit is enough, and it keeps every value's span for diagnostics.
/// </remarks>
internal sealed class ContractLockReader
{
    // The exchange kinds a lock entry may record (ContractParser.ExchangeKindOf).
    private static readonly string[] s_exchangeKinds = ["fanout", "topic", "direct", "headers", ContractParser.NoExchange];

    private const int MaxDepth = 16;
    private const string UpdateHint = "fix it by hand, or delete it and run 'dotnet build -p:UpdateMessagingContract=true' to write it again";

    private readonly string _text;
    private int _position;
    private string? _error;
    private TextSpan _errorSpan;

    private ContractLockReader(string text)
    {
        _text = text;
    }

    /// <summary>Reads <paramref name="text"/>, the whole lock file.</summary>
    public static ContractLockReadResult Read(string text)
    {
        var reader = new ContractLockReader(text);
        var root = reader.ReadDocument();
        if (root is not null)
        {
            var messages = reader.ReadContract(root);
            if (messages is not null)
            {
                return ContractLockReadResult.Valid(messages);
            }
        }

        return ContractLockReadResult.Invalid(reader._error + "; " + UpdateHint, reader._errorSpan);
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    private Node? ReadDocument()
    {
        // A UTF-8 byte order mark may survive decoding as U+FEFF; editors add it, so it is not worth an error.
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        SkipWhitespace();
        var root = ReadValue(depth: 0);
        if (root is null)
        {
            return null;
        }

        SkipWhitespace();
        return _position < _text.Length ? Fail(_position, 1, $"unexpected {Describe(_position)} after the end of the lock") : root;
    }

    private Node? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail(_position, 1, $"nesting deeper than {MaxDepth} levels");
        }

        if (_position >= _text.Length)
        {
            return Fail(_position, 0, "unexpected end of the file; expected a value");
        }

        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 'n':
                return ReadLiteral("null", NodeKind.Null);
            case 't':
                return ReadLiteral("true", NodeKind.Boolean);
            case 'f':
                return ReadLiteral("false", NodeKind.Boolean);
            case '-':
            case >= '0' and <= '9':
                return ReadNumber();
            default:
                return Fail(_position, 1, $"unexpected {Describe(_position)}; expected a value (an object, an array, a string, a number or null)");
        }
    }

    private Node? ReadObject(int depth)
    {
        var start = _position++;
        var properties = new List<Property>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new Node(NodeKind.Object, new TextSpan(start, _position - start)) { Properties = properties };
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                return Fail(_position, 1, $"unexpected {Describe(_position)}; expected a property name in double quotes");
            }

            var name = ReadString();
            if (name is null)
            {
                return null;
            }

            foreach (var existing in properties)
            {
                if (existing.Name == name.Text)
                {
                    return Fail(name.Span, $"property '{name.Text}' appears twice in the same object");
                }
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                return Fail(_position, 1, $"unexpected {Describe(_position)}; expected ':' after the property name '{name.Text}'");
            }

            _position++;
            SkipWhitespace();
            var value = ReadValue(depth + 1);
            if (value is null)
            {
                return null;
            }

            properties.Add(new Property(name.Text!, name.Span, value));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                return new Node(NodeKind.Object, new TextSpan(start, _position - start)) { Properties = properties };
            }

            if (next != ',')
            {
                return Fail(_position - 1, 1, $"unexpected {Describe(_position - 1)}; expected ',' or '}}' after a property");
            }
        }
    }

    private Node? ReadArray(int depth)
    {
        var start = _position++;
        var items = new List<Node>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new Node(NodeKind.Array, new TextSpan(start, _position - start)) { Items = items };
        }

        while (true)
        {
            SkipWhitespace();
            var item = ReadValue(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                return new Node(NodeKind.Array, new TextSpan(start, _position - start)) { Items = items };
            }

            if (next != ',')
            {
                return Fail(_position - 1, 1, $"unexpected {Describe(_position - 1)}; expected ',' or ']' after an array element");
            }
        }
    }

    private Node? ReadString()
    {
        var start = _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                return Fail(start, 1, "a string is not closed (no ending '\"' before the end of the file)");
            }

            var c = _text[_position];
            switch (c)
            {
                case '"':
                    _position++;
                    return new Node(NodeKind.String, new TextSpan(start, _position - start)) { Text = builder.ToString() };
                case '\\':
                    if (!ReadEscape(builder))
                    {
                        return null;
                    }

                    break;
                case < ' ':
                    return Fail(_position, 1, "a control character (such as a line break) inside a string; escape it");
                default:
                    builder.Append(c);
                    _position++;
                    break;
            }
        }
    }

    private bool ReadEscape(StringBuilder builder)
    {
        var start = _position;
        if (_position + 1 >= _text.Length)
        {
            Fail(start, 1, "a string ends in the middle of an escape sequence");
            return false;
        }

        var kind = _text[_position + 1];
        _position += 2;
        switch (kind)
        {
            case '"': builder.Append('"'); return true;
            case '\\': builder.Append('\\'); return true;
            case '/': builder.Append('/'); return true;
            case 'b': builder.Append('\b'); return true;
            case 'f': builder.Append('\f'); return true;
            case 'n': builder.Append('\n'); return true;
            case 'r': builder.Append('\r'); return true;
            case 't': builder.Append('\t'); return true;
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    builder.Append((char)code);
                    _position += 4;
                    return true;
                }

                Fail(start, Math.Min(6, _text.Length - start), "'\\u' must be followed by four hexadecimal digits");
                return false;
            default:
                Fail(start, 2, $"'\\{kind}' is not a JSON escape sequence");
                return false;
        }
    }

    private Node? ReadLiteral(string literal, NodeKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            return Fail(_position, 1, $"unexpected {Describe(_position)}; expected a value (did you mean {literal}?)");
        }

        var span = new TextSpan(_position, literal.Length);
        _position += literal.Length;
        return new Node(kind, span) { Text = literal };
    }

    private Node? ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        var digits = _position;
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
        {
            _position++;
        }

        var isFraction = _position < _text.Length && _text[_position] is '.' or 'e' or 'E';
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9' or '.' or 'e' or 'E' or '+' or '-')
        {
            _position++;
        }

        var span = new TextSpan(start, _position - start);
        var text = _text.Substring(start, span.Length);
        if (isFraction || _position == digits || (_text[digits] == '0' && _position - digits > 1) || text.Length > 11
            || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value is < int.MinValue or > int.MaxValue)
        {
            return Fail(span, $"'{text}' is not a whole number the lock can hold (no fraction, exponent or leading zero, at most {int.MaxValue})");
        }

        return new Node(NodeKind.Number, span) { Number = (int)value };
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private string Describe(int position)
    {
        if (position >= _text.Length)
        {
            return "end of the file";
        }

        var c = _text[position];
        return c switch
        {
            '/' => "'/' (comments are not allowed in the lock)",
            < ' ' => $"control character U+{(int)c:X4}",
            _ => $"'{c}'",
        };
    }

    // ---- The lock's shape -----------------------------------------------------------------------------------------

    private List<LockedMessage>? ReadContract(Node root)
    {
        if (!Expect(root, NodeKind.Object, "the lock", "an object with \"version\" and \"messages\""))
        {
            return null;
        }

        var version = Required(root, "version", "the lock");
        var messagesNode = Required(root, "messages", "the lock");
        if (version is null || messagesNode is null || !OnlyKnown(root, "the lock", "version", "messages"))
        {
            return null;
        }

        if (version.Kind != NodeKind.Number || version.Number != ContractSpec.FormatVersion)
        {
            Fail(version.Span, $"\"version\" must be {ContractSpec.FormatVersion}, the lock format this version of Messaging reads");
            return null;
        }

        if (!Expect(messagesNode, NodeKind.Array, "\"messages\"", "an array of message objects"))
        {
            return null;
        }

        var messages = new List<LockedMessage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in messagesNode.Items!)
        {
            var message = ReadMessage(item);
            if (message is null)
            {
                return null;
            }

            if (!seen.Add(message.Spec.Type))
            {
                Fail(message.TypeSpan, $"message '{message.Spec.Type}' appears twice");
                return null;
            }

            messages.Add(message);
        }

        return messages;
    }

    private LockedMessage? ReadMessage(Node node)
    {
        if (!Expect(node, NodeKind.Object, "a message", "an object with \"type\", \"entity\" and \"fields\""))
        {
            return null;
        }

        var type = Required(node, "type", "a message");
        var entity = Required(node, "entity", "a message");
        var fieldsNode = Required(node, "fields", "a message");
        // Optional: a lock written before it was recorded has none, and its exchange kinds are then unknown.
        var exchange = Optional(node, "exchange");
        if (type is null || entity is null || fieldsNode is null || !OnlyKnown(node, "a message", "type", "entity", "exchange", "fields")
            || !ExpectName(type, "\"type\" of a message")
            || (entity.Kind != NodeKind.Null && !ExpectName(entity, "\"entity\" of a message (or null)"))
            || !Expect(fieldsNode, NodeKind.Array, $"\"fields\" of '{type.Text}'", "an array of field objects"))
        {
            return null;
        }

        if (exchange is not null && (exchange.Kind != NodeKind.String || Array.IndexOf(s_exchangeKinds, exchange.Text) < 0))
        {
            Fail(exchange.Span, $"\"exchange\" of '{type.Text}' must be one of \"{string.Join("\", \"", s_exchangeKinds)}\"");
            return null;
        }

        var fields = new ContractFieldSpec[fieldsNode.Items!.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = ReadField(fieldsNode.Items[i], type.Text!);
            if (field is null)
            {
                return null;
            }

            for (var j = 0; j < i; j++)
            {
                if (fields[j].Index == field.Index || fields[j].Name == field.Name)
                {
                    var what = fields[j].Index == field.Index ? $"index {field.Index}" : $"name '{field.Name}'";
                    Fail(fieldsNode.Items[i].Span, $"two fields of '{type.Text}' have {what}");
                    return null;
                }
            }

            fields[i] = field;
        }

        Array.Sort(fields, static (left, right) => left.Index.CompareTo(right.Index));
        var spec = new ContractMessageSpec
        {
            Type = type.Text!,
            Entity = entity.Kind == NodeKind.Null ? null : entity.Text,
            Exchange = exchange?.Text,
            Fields = new EquatableArray<ContractFieldSpec>(fields),
        };
        return new LockedMessage(spec, type.Span);
    }

    private ContractFieldSpec? ReadField(Node node, string messageType)
    {
        var owner = $"a field of '{messageType}'";
        if (!Expect(node, NodeKind.Object, owner, "an object with \"index\", \"name\" and \"wire\""))
        {
            return null;
        }

        var index = Required(node, "index", owner);
        var name = Required(node, "name", owner);
        var wire = Required(node, "wire", owner);
        if (index is null || name is null || wire is null || !OnlyKnown(node, owner, "index", "name", "wire")
            || !ExpectName(name, $"\"name\" of {owner}") || !ExpectName(wire, $"\"wire\" of {owner}"))
        {
            return null;
        }

        if (index.Kind != NodeKind.Number || index.Number < 0)
        {
            Fail(index.Span, $"\"index\" of {owner} must be a non-negative whole number");
            return null;
        }

        return new ContractFieldSpec { Index = index.Number, Name = name.Text!, Wire = wire.Text! };
    }

    private static Node? Optional(Node node, string name)
    {
        foreach (var property in node.Properties!)
        {
            if (property.Name == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    private Node? Required(Node node, string name, string owner)
    {
        foreach (var property in node.Properties!)
        {
            if (property.Name == name)
            {
                return property.Value;
            }
        }

        return Fail(node.Span.Start, 1, $"{owner} has no \"{name}\" property");
    }

    private bool OnlyKnown(Node node, string owner, params string[] known)
    {
        foreach (var property in node.Properties!)
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Fail(property.NameSpan, $"unknown property \"{property.Name}\" in {owner}; expected only \"{string.Join("\", \"", known)}\"");
                return false;
            }
        }

        return true;
    }

    private bool Expect(Node node, NodeKind kind, string what, string expected)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Fail(node.Span, $"{what} must be {expected}, not {Article(node.Kind)}");
        return false;
    }

    private bool ExpectName(Node node, string what)
    {
        if (node.Kind == NodeKind.String && node.Text!.Trim().Length > 0)
        {
            return true;
        }

        Fail(node.Span, node.Kind == NodeKind.String ? $"{what} must not be empty" : $"{what} must be a string, not {Article(node.Kind)}");
        return false;
    }

    private static string Article(NodeKind kind) => kind switch
    {
        NodeKind.Object => "an object",
        NodeKind.Array => "an array",
        NodeKind.String => "a string",
        NodeKind.Number => "a number",
        NodeKind.Boolean => "a boolean",
        _ => "null",
    };

    private Node? Fail(int start, int length, string message) => Fail(new TextSpan(start, Math.Max(0, Math.Min(length, _text.Length - start))), message);

    private Node? Fail(TextSpan span, string message)
    {
        // The first problem wins: the reader unwinds after it, and later calls only repeat it.
        if (_error is null)
        {
            _error = message;
            _errorSpan = span;
        }

        return null;
    }

    private enum NodeKind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    private sealed class Node
    {
        public Node(NodeKind kind, TextSpan span)
        {
            Kind = kind;
            Span = span;
        }

        public NodeKind Kind { get; }

        public TextSpan Span { get; }

        public string? Text { get; init; }

        public int Number { get; init; }

        public List<Property>? Properties { get; init; }

        public List<Node>? Items { get; init; }
    }

    private sealed class Property
    {
        public Property(string name, TextSpan nameSpan, Node value)
        {
            Name = name;
            NameSpan = nameSpan;
            Value = value;
        }

        public string Name { get; }

        public TextSpan NameSpan { get; }

        public Node Value { get; }
    }
}
