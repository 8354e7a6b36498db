using System;

namespace Messaging.Tests.Generated.Contracts;

#pragma warning disable CA1028 // Enums on other underlying types are exactly what these contracts test.
#pragma warning disable CA1008 // Several enums deliberately have no zero member.

public enum Color
{
    Red,
    Green,
    Blue,
}

public enum Size : byte
{
    Small = 1,
    Large = byte.MaxValue,
}

public enum Temperature : sbyte
{
    Freezing = sbyte.MinValue,
    Boiling = sbyte.MaxValue,
}

public enum Altitude : short
{
    Trench = short.MinValue,
    Peak = short.MaxValue,
}

public enum Port : ushort
{
    Http = 80,
    Highest = ushort.MaxValue,
}

public enum Capacity : uint
{
    Full = uint.MaxValue,
}

public enum Distance : long
{
    Behind = long.MinValue,
    Far = long.MaxValue,
}

public enum Mask : ulong
{
    None = 0,
    High = 1UL << 63,
    All = ulong.MaxValue,
}

[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
    Admin = 1 << 30,
}

#pragma warning restore CA1008
#pragma warning restore CA1028

[Message]
public sealed record EnumValues(
    Color Color,
    Size Size,
    Temperature Temperature,
    Altitude Altitude,
    Port Port,
    Capacity Capacity,
    Distance Distance,
    Mask Mask,
    Permissions Permissions);
