using System;

namespace Messaging.Serialization;

/// <summary>
/// The one exception MessagePack reading and writing throw for malformed, truncated, hostile or mistyped input.
/// </summary>
/// <remarks>
/// The message names what was expected, what was found, the byte offset and, when a generated formatter was
/// reading, the message type and member: <c>OrderPlaced: field 2 (Total) expected a string (decimal), found true at byte 41</c>.
/// </remarks>
public sealed class WireSerializationException : Exception
{
    /// <summary>Creates an exception for a failure at a byte offset.</summary>
    /// <param name="reason">What was wrong, e.g. <c>expected int32, found fixstr</c>.</param>
    /// <param name="offset">The offset of the offending byte from the start of the input, or -1 when unknown.</param>
    public WireSerializationException(string reason, long offset)
        : this(reason, offset, memberPath: null, innerException: null)
    {
    }

    /// <summary>Creates an exception that wraps a lower-level failure (for example invalid UTF-8).</summary>
    /// <param name="reason">What was wrong.</param>
    /// <param name="offset">The offset of the offending byte, or -1 when unknown.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public WireSerializationException(string reason, long offset, Exception? innerException)
        : this(reason, offset, memberPath: null, innerException)
    {
    }

    private WireSerializationException(string reason, long offset, string? memberPath, Exception? innerException)
        : base(Format(reason, offset, memberPath), innerException)
    {
        Reason = reason;
        Offset = offset;
        MemberPath = memberPath;
    }

    /// <summary>Creates an exception with the default message.</summary>
    public WireSerializationException()
        : this("MessagePack serialization failed", -1)
    {
    }

    /// <summary>Creates an exception with a message and no offset.</summary>
    /// <param name="message">What was wrong.</param>
    public WireSerializationException(string message)
        : this(message, -1)
    {
    }

    /// <summary>Creates an exception with a message, no offset, and the failure that caused it.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public WireSerializationException(string message, Exception? innerException)
        : this(message, -1, innerException)
    {
    }

    /// <summary>What was wrong, without location: <c>expected int32, found fixstr</c>.</summary>
    public string Reason { get; }

    /// <summary>The offset of the offending byte from the start of the input, or -1 when unknown.</summary>
    public long Offset { get; }

    /// <summary>
    /// Where in the message the failure happened, outermost first, e.g.
    /// <c>OrderPlaced: field 4 (Lines) &gt; OrderLine: field 1 (Quantity)</c>; <see langword="null"/> when the
    /// reader was used directly.
    /// </summary>
    public string? MemberPath { get; }

    /// <summary>
    /// Returns a copy of this exception located one level further out: the member of <paramref name="typeName"/>
    /// that was being read. Generated formatters call this as the exception leaves them.
    /// </summary>
    /// <param name="typeName">The message type being read, e.g. <c>OrderPlaced</c>.</param>
    /// <param name="index">The wire index of the member, or -1 when the failure was in the array header.</param>
    /// <param name="memberName">The member name, or <see langword="null"/> for the header.</param>
    public WireSerializationException WithMember(string typeName, int index, string? memberName)
    {
        var segment = index < 0 || memberName is null ? typeName + ":" : $"{typeName}: field {index} ({memberName})";
        var path = MemberPath is null ? segment : segment + " > " + MemberPath;
        return new WireSerializationException(Reason, Offset, path, this);
    }

    private static string Format(string reason, long offset, string? memberPath)
    {
        var located = offset >= 0 ? $"{reason} at byte {offset}" : reason;
        return memberPath is null ? located : memberPath + " " + located;
    }
}
