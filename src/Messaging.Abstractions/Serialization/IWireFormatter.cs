namespace Messaging.Serialization;

/// <summary>Writes and reads one type as MessagePack. The source generator implements it for every <c>[Message]</c> type.</summary>
/// <typeparam name="T">The type the formatter handles.</typeparam>
public interface IWireFormatter<T>
{
    /// <summary>Writes <paramref name="value"/>.</summary>
    void Serialize(ref WireWriter writer, T value);

    /// <summary>Reads a value.</summary>
    /// <exception cref="WireSerializationException">The input is malformed or does not match the type.</exception>
    T Deserialize(ref WireReader reader);
}
