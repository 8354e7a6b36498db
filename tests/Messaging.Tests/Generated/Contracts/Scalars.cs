using System;

namespace Messaging.Tests.Generated.Contracts;

// One member per message, so a test can name the exact bytes: fixarray(1) followed by the value.

[Message]
public sealed record SByteValue(sbyte Value);

[Message]
public sealed record ByteValue(byte Value);

[Message]
public sealed record Int16Value(short Value);

[Message]
public sealed record UInt16Value(ushort Value);

[Message]
public sealed record Int32Value(int Value);

[Message]
public sealed record UInt32Value(uint Value);

[Message]
public sealed record Int64Value(long Value);

[Message]
public sealed record UInt64Value(ulong Value);

[Message]
public sealed record SingleValue(float Value);

[Message]
public sealed record DoubleValue(double Value);

[Message]
public sealed record DecimalValue(decimal Value);

[Message]
public sealed record CharValue(char Value);

[Message]
public sealed record StringValue(string? Value);

[Message]
public sealed record GuidValue(Guid Value);

[Message]
public sealed record DateTimeValue(DateTime Value);

[Message]
public sealed record DateTimeOffsetValue(DateTimeOffset Value);

[Message]
public sealed record TimeSpanValue(TimeSpan Value);

/// <summary>Every integer width side by side, for minimum and maximum values in one message.</summary>
[Message]
public sealed record AllIntegers(sbyte I8, byte U8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64);

/// <summary>Booleans, floats and the other non-integer scalars together.</summary>
[Message]
public sealed record MixedScalars(bool Yes, bool No, float Ratio32, double Ratio64, decimal Amount, char Letter, Guid Id, TimeSpan Duration);
