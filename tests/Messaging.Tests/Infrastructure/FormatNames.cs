namespace Messaging.Tests.Infrastructure;

/// <summary>The format names of the MessagePack specification, written out independently of the runtime's table.</summary>
public static class FormatNames
{
    /// <summary>The name of the format a first byte selects.</summary>
    public static string Of(byte code) => code switch
    {
        <= 0x7f => "positive fixint",
        <= 0x8f => "fixmap",
        <= 0x9f => "fixarray",
        <= 0xbf => "fixstr",
        0xc0 => "nil",
        0xc1 => "never used",
        0xc2 => "false",
        0xc3 => "true",
        0xc4 => "bin8",
        0xc5 => "bin16",
        0xc6 => "bin32",
        0xc7 => "ext8",
        0xc8 => "ext16",
        0xc9 => "ext32",
        0xca => "float32",
        0xcb => "float64",
        0xcc => "uint8",
        0xcd => "uint16",
        0xce => "uint32",
        0xcf => "uint64",
        0xd0 => "int8",
        0xd1 => "int16",
        0xd2 => "int32",
        0xd3 => "int64",
        0xd4 => "fixext1",
        0xd5 => "fixext2",
        0xd6 => "fixext4",
        0xd7 => "fixext8",
        0xd8 => "fixext16",
        0xd9 => "str8",
        0xda => "str16",
        0xdb => "str32",
        0xdc => "array16",
        0xdd => "array32",
        0xde => "map16",
        0xdf => "map32",
        _ => "negative fixint",
    };
}
