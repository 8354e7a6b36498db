using System;

namespace Messaging;

/// <summary>
/// Marks a member whose value travels as a message header that a <b>headers</b> exchange routes by: a message with one
/// or more such members is published to a headers exchange, and a handler binds with header matches —
/// <c>Binding = "region=eu"</c>, <c>"region=eu, tier=gold"</c> (all must match) or <c>"any: region=eu, tier=gold"</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RoutingHeaderAttribute : Attribute
{
    /// <summary>Marks the member as the routing header <paramref name="name"/>.</summary>
    /// <param name="name">The header name, such as <c>region</c>; must not start with <c>x-</c>.</param>
    public RoutingHeaderAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The header name.</summary>
    public string Name { get; }
}
