namespace Messaging.Serialization;

/// <summary>Writes and reads one type as MessagePack. The source generator implements it for every <c>[Message]</c> type.</summary>
/// <typeparam name="T">The type the formatter handles.</typeparam>
public interface IMessagePackFormatter<T>
{
    /// <summary>Writes <paramref name="value"/>.</summary>
    void Serialize(ref MessagePackWriter writer, T value);

    /// <summary>Reads a value.</summary>
    /// <exception cref="MessagePackSerializationException">The input is malformed or does not match the type.</exception>
    T Deserialize(ref MessagePackReader reader);
}
