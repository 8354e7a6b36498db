using System;
using System.Text;

namespace Messaging;

/// <summary>Type names as C# writes them, for error messages: <c>Shop.IStore&lt;Shop.Order&gt;</c> rather than <c>Shop.IStore`1[[...]]</c>.</summary>
internal static class TypeDisplay
{
    public static string Name(Type type)
    {
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        var name = type.DeclaringType is { } outer && !type.IsGenericParameter
            ? Name(outer) + "." + type.Name
            : type.Namespace is { Length: > 0 } ns ? ns + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var text = new StringBuilder();
        foreach (var part in name.Split('.'))
        {
            var tick = part.IndexOf('`', StringComparison.Ordinal);
            text.Append(text.Length == 0 ? string.Empty : ".").Append(tick < 0 ? part : part[..tick]);
        }

        var arguments = type.GetGenericArguments();
        text.Append('<');
        for (var i = 0; i < arguments.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Name(arguments[i]));
        }

        return text.Append('>').ToString();
    }
}
