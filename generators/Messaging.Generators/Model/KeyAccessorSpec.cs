namespace Messaging.Generators.Model;

/// <summary>The member a message's routing or partition key is read from, and how it becomes a string.</summary>
/// <remarks>Specs flow through the incremental pipeline and are compared for caching: this record must stay immutable and value-equal.</remarks>
internal sealed record KeyAccessorSpec
{
    /// <summary>The member as a C# identifier, <c>@</c>-escaped when it is a keyword.</summary>
    public required string MemberIdentifier { get; init; }

    /// <summary>How the member's value becomes a string.</summary>
    public required KeyConversion Conversion { get; init; }

    /// <summary>Whether the member may be null (a <c>string?</c> or a <see cref="System.Nullable{T}"/>): null reads as an empty key.</summary>
    public required bool IsNullable { get; init; }
}
