using System;

namespace Messaging.Serialization;

/// <summary>
/// The process-wide table from a type to its formatter, filled by generated code without reflection: each
/// assembly with <c>[Message]</c> types registers its formatters from a module initializer.
/// </summary>
public static class WireFormatters
{
    /// <summary>Registers (or replaces) the formatter for <typeparamref name="T"/>.</summary>
    public static void Register<T>(IWireFormatter<T> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Cache<T>.Formatter = formatter;
    }

    /// <summary>Returns whether a formatter for <typeparamref name="T"/> is registered.</summary>
    public static bool IsRegistered<T>() => Cache<T>.Formatter is not null;

    /// <summary>The registered formatter for <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">None is registered.</exception>
    public static IWireFormatter<T> Get<T>() => Cache<T>.Formatter ?? throw NotRegistered(typeof(T));

    private static InvalidOperationException NotRegistered(Type type) => new(
        $"No MessagePack formatter is registered for {type.FullName}. Mark the type [Message] and make sure its assembly " +
        "references the Messaging source generator; formatters register when the assembly that declares the type is loaded.");

    private static class Cache<T>
    {
        public static IWireFormatter<T>? Formatter;
    }
}
