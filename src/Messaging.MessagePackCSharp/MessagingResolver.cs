using MessagePack;
using MessagePack.Formatters;
using Messaging.Serialization;

namespace Messaging.MessagePackCSharp;

/// <summary>
/// A MessagePack-CSharp resolver that formats every <c>[Message]</c> type with its generated formatter: MessagePack-CSharp
/// writes exactly the bytes <see cref="WireSerializer"/> writes, and reads them back.
/// </summary>
/// <remarks>
/// <para>
/// No reflection: the resolver looks the type up in <see cref="WireFormatters"/>, the table the generated code fills
/// when the assembly that declares the messages is loaded. For any other type it returns <see langword="null"/>, so put
/// it first in a composite resolver and let MessagePack-CSharp's resolvers handle the rest.
/// </para>
/// <code>
/// var options = MessagePackSerializerOptions.Standard
///     .WithResolver(CompositeResolver.Create(MessagingResolver.Instance, StandardResolver.Instance));
/// byte[] bytes = MessagePackSerializer.Serialize(order, options);   // the same bytes as WireSerializer.Serialize(order)
/// </code>
/// </remarks>
public sealed class MessagingResolver : IFormatterResolver
{
    private MessagingResolver()
    {
    }

    /// <summary>The resolver; it has no state.</summary>
    public static MessagingResolver Instance { get; } = new();

    /// <summary>
    /// Returns a formatter for <typeparamref name="T"/> when it is a <c>[Message]</c> type with a generated formatter,
    /// otherwise <see langword="null"/>.
    /// </summary>
    /// <typeparam name="T">The type MessagePack-CSharp needs a formatter for.</typeparam>
    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        WireFormatters.IsRegistered<T>() ? WireFormatterAdapter<T>.Instance : null;
}
