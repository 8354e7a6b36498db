using System;

namespace Messaging;

/// <summary>
/// Sends a message member through MessagePack-CSharp, with the resolver the application configures
/// (<c>MessagePackCSharpBridge.Options</c> in the Messaging.MessagePackCSharp package), for a type whose formatter the
/// source generator cannot see: one registered by the application's own resolver, or one of MessagePack-CSharp's
/// built-in formatters.
/// </summary>
/// <remarks>
/// A member whose type is <c>[MessagePackObject]</c> or has <c>[MessagePackFormatter]</c>, or a member with
/// <c>[MessagePackFormatter]</c>, needs no opt-in. The member travels as the one MessagePack value MessagePack-CSharp
/// writes, at its position in the message array. Requires the Messaging.MessagePackCSharp package.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class UseMessagePackCSharpAttribute : Attribute
{
}
