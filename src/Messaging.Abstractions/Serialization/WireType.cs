namespace Messaging.Serialization;

/// <summary>The format families of the MessagePack specification.</summary>
#pragma warning disable CA1720 // The members are named after the specification's families, type names included.
public enum WireType
{
    /// <summary>A byte that is not a valid format (0xc1), or the end of the input.</summary>
    Unknown = 0,

    /// <summary>nil.</summary>
    Nil,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A signed or unsigned integer of any width.</summary>
    Integer,

    /// <summary>float32 or float64.</summary>
    Float,

    /// <summary>A UTF-8 string (fixstr, str8/16/32).</summary>
    String,

    /// <summary>A byte array (bin8/16/32).</summary>
    Binary,

    /// <summary>An array (fixarray, array16/32).</summary>
    Array,

    /// <summary>A map (fixmap, map16/32).</summary>
    Map,

    /// <summary>An extension (fixext1..16, ext8/16/32), timestamps included.</summary>
    Extension,
}
#pragma warning restore CA1720
