using System;

namespace Messaging;

/// <summary>
/// Gives a message member an explicit, zero-based index in the MessagePack array it travels as.
/// </summary>
/// <remarks>
/// Without <see cref="WireKeyAttribute"/>, members are numbered in declaration order. Use explicit keys to keep a
/// wire index stable while reordering or removing members; gaps travel as nil. On a positional record, apply it to
/// the parameter (<c>[WireKey(2)] string Name</c>) or to the property (<c>[property: WireKey(2)]</c>).
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class WireKeyAttribute : Attribute
{
    /// <summary>Assigns the wire index.</summary>
    /// <param name="index">The zero-based position of the member in the message array.</param>
    public WireKeyAttribute(int index)
    {
        Index = index;
    }

    /// <summary>The zero-based position of the member in the message array.</summary>
    public int Index { get; }
}
