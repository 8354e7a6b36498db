namespace Messaging.Serialization;

/// <summary>The header of a MessagePack extension: its type code and payload length.</summary>
/// <param name="TypeCode">The application-defined type; negative codes are reserved (-1 is the timestamp).</param>
/// <param name="Length">The payload length in bytes.</param>
public readonly record struct WireExtensionHeader(sbyte TypeCode, int Length);
