namespace Messaging.Generators.Model;

/// <summary>The scalar types the runtime reader and writer handle directly, each with its own wire encoding.</summary>
internal enum PrimitiveKind
{
    Boolean,
    Char,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    String,
    Bytes,
    Guid,
    DateTime,
    DateTimeOffset,
    TimeSpan,
}
