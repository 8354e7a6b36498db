using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Messaging;

/// <summary>Type names as C# writes them, for error messages: <c>Shop.IStore&lt;Shop.Order&gt;</c> rather than <c>Shop.IStore`1[[...]]</c>.</summary>
internal static class TypeDisplay
{
    public static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        // A nested type's generic arguments are all on the innermost type, outer ones first: Outer<A>.Inner<B> is
        // Outer`1+Inner`1[A, B]. Each level takes as many as its own arity.
        var levels = new List<Type>();
        for (var level = type; level is not null; level = level.DeclaringType)
        {
            levels.Insert(0, level);
        }

        var arguments = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        var used = 0;
        var text = new StringBuilder();
        if (levels[0].Namespace is { Length: > 0 } ns)
        {
            text.Append(ns).Append('.');
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var name = levels[i].Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            text.Append(i == 0 ? string.Empty : ".").Append(tick < 0 ? name : name[..tick]);
            var arity = tick < 0 ? 0 : int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture);
            if (arity > 0 && used + arity <= arguments.Length)
            {
                text.Append('<');
                for (var j = 0; j < arity; j++)
                {
                    text.Append(j == 0 ? string.Empty : ", ").Append(Name(arguments[used + j]));
                }

                text.Append('>');
                used += arity;
            }
        }

        return text.ToString();
    }
}
