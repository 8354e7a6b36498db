using System;

namespace Messaging;

/// <summary>
/// Marks the member whose value is the routing key of a message: the message is published to a direct or topic
/// exchange with that key, and handlers can bind to it with a pattern.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class RoutingKeyAttribute : Attribute
{
}
