using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Messaging.Generators.Model;

namespace Messaging.Generators.ContractLock;

/// <summary>
/// Writes a contract as the lock file's text. The text depends only on the contract's content: messages in ordinal
/// order of their type names, fields by index, two-space indentation, one field per line, <c>\n</c> line ends and a
/// final newline, so the committed file diffs cleanly and rewriting an unchanged contract changes no byte.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "version": 1,
///   "messages": [
///     {
///       "type": "Shop.Contracts.OrderPlaced",
///       "entity": "shop.order-placed",
///       "exchange": "topic",
///       "fields": [
///         { "index": 0, "name": "OrderId", "wire": "guid" }
///       ]
///     }
///   ]
/// }
/// </code>
/// <see cref="ContractLockReader"/> reads exactly this shape (and the same shape formatted differently).
/// </remarks>
internal static class ContractLockWriter
{
    /// <summary>The lock text of <paramref name="contract"/>.</summary>
    public static string Write(ContractSpec contract)
    {
        var messages = new List<ContractMessageSpec>(contract.Messages);
        messages.Sort(static (left, right) => string.CompareOrdinal(left.Type, right.Type));

        var builder = new StringBuilder();
        builder.Append("{\n");
        builder.Append("  \"version\": ").Append(ContractSpec.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        if (messages.Count == 0)
        {
            builder.Append("  \"messages\": []\n");
        }
        else
        {
            builder.Append("  \"messages\": [\n");
            for (var m = 0; m < messages.Count; m++)
            {
                WriteMessage(builder, messages[m]);
                builder.Append(m < messages.Count - 1 ? "    },\n" : "    }\n");
            }

            builder.Append("  ]\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static void WriteMessage(StringBuilder builder, ContractMessageSpec message)
    {
        builder.Append("    {\n");
        builder.Append("      \"type\": ");
        AppendString(builder, message.Type);
        builder.Append(",\n");
        builder.Append("      \"entity\": ");
        if (message.Entity is null)
        {
            builder.Append("null");
        }
        else
        {
            AppendString(builder, message.Entity);
        }

        builder.Append(",\n");
        if (message.Exchange is not null)
        {
            builder.Append("      \"exchange\": ");
            AppendString(builder, message.Exchange);
            builder.Append(",\n");
        }

        var fields = new List<ContractFieldSpec>(message.Fields);
        fields.Sort(static (left, right) => left.Index.CompareTo(right.Index));
        if (fields.Count == 0)
        {
            builder.Append("      \"fields\": []\n");
            return;
        }

        builder.Append("      \"fields\": [\n");
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            builder.Append("        { \"index\": ").Append(field.Index.ToString(CultureInfo.InvariantCulture)).Append(", \"name\": ");
            AppendString(builder, field.Name);
            builder.Append(", \"wire\": ");
            AppendString(builder, field.Wire);
            builder.Append(f < fields.Count - 1 ? " },\n" : " }\n");
        }

        builder.Append("      ]\n");
    }

    // JSON string escaping: quote, backslash and control characters; everything else as is (the file is UTF-8).
    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
