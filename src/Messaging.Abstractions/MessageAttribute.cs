using System;

namespace Messaging;

/// <summary>
/// Marks a record or class as a message. The Messaging source generator emits a reflection-free
/// MessagePack formatter for it and, when handlers consume it, routing and consumer registrations.
/// </summary>
/// <remarks>
/// Members travel as a MessagePack array in declaration order, unless <see cref="WireKeyAttribute"/> gives
/// explicit indexes. See <c>docs/wire-format.md</c> for the type mapping.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class MessageAttribute : Attribute
{
    /// <summary>Marks a message whose entity name is derived from its namespace and type name.</summary>
    public MessageAttribute()
    {
    }

    /// <summary>Marks a message with an explicit entity name (the exchange or topic it is published to).</summary>
    /// <param name="entityName">A stable, transport-level name such as <c>shop.order-placed</c>.</param>
    public MessageAttribute(string entityName)
    {
        EntityName = entityName;
    }

    /// <summary>The explicit entity name, or <see langword="null"/> to derive it from the type.</summary>
    public string? EntityName { get; }

    /// <summary>
    /// For a message with a <see cref="RoutingKeyAttribute"/>: publish it to a <b>direct</b> exchange, where a handler's
    /// <c>Binding</c> must equal the routing key (a handler without one receives messages with an empty key only),
    /// instead of the default <b>topic</b> exchange, where bindings are patterns (<c>eu.*</c>, <c>#</c>). Ignored for a
    /// message without a routing key, which is published to a fanout exchange.
    /// </summary>
    public bool DirectExchange { get; set; }
}
