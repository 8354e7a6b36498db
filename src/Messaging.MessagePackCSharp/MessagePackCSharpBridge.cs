using System;
using System.Buffers;
using System.ComponentModel;
using System.Threading;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;
using Messaging.Serialization;

namespace Messaging.MessagePackCSharp;

/// <summary>
/// Writes and reads the members of <c>[Message]</c> types that MessagePack-CSharp formats — a <c>[MessagePackObject]</c>
/// type, a type or member with <c>[MessagePackFormatter]</c>, a member marked <c>[UseMessagePackCSharp]</c> — and holds
/// the <see cref="MessagePackSerializerOptions"/> they are written and read with.
/// </summary>
/// <remarks>
/// Such a member travels as the one MessagePack value MessagePack-CSharp writes for it, at the member's position in the
/// message array. Generated formatters call the <c>Write</c> and <c>Read</c> methods; applications only set
/// <see cref="Options"/>, once at start-up, when the default is not what they want.
/// </remarks>
public static class MessagePackCSharpBridge
{
    /// <summary>
    /// The default <see cref="Options"/>: MessagePack-CSharp's standard options with <see cref="MessagingResolver"/>
    /// first (so a <c>[Message]</c> inside a MessagePack-CSharp type keeps its own bytes), then
    /// <see cref="StandardResolver"/>, and <see cref="MessagePackSecurity.UntrustedData"/>, since messages come from the wire.
    /// </summary>
    public static MessagePackSerializerOptions DefaultOptions { get; } = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create(MessagingResolver.Instance, StandardResolver.Instance))
        .WithSecurity(MessagePackSecurity.UntrustedData);

    // After DefaultOptions: static initializers run in declaration order.
    private static MessagePackSerializerOptions s_options = DefaultOptions;

    /// <summary>
    /// The options MessagePack-CSharp writes and reads members of messages with, for the whole process: set it once at
    /// start-up, before the first message is sent or received, to use an application's own resolver.
    /// </summary>
    /// <remarks>
    /// Keep <see cref="MessagingResolver"/> in the resolver when MessagePack-CSharp types contain messages, and
    /// <see cref="MessagePackSecurity.UntrustedData"/> (or stricter) for anything read from the wire. A member with
    /// <c>[MessagePackFormatter]</c> (on it or on its type) uses that formatter whatever the resolver, with these options.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public static MessagePackSerializerOptions Options
    {
        get => Volatile.Read(ref s_options);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Volatile.Write(ref s_options, value);
        }
    }

    /// <summary>Writes <paramref name="value"/> with the formatter <see cref="Options"/> resolves for <typeparamref name="T"/>. Called by generated formatters.</summary>
    /// <exception cref="WireSerializationException">MessagePack-CSharp failed to write the value; the inner exception says why.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Write<T>(ref WireWriter writer, T value) => WriteCore<T>(ref writer, value, formatter: null);

    /// <summary>Writes <paramref name="value"/> with <paramref name="formatter"/> (a <c>[MessagePackFormatter]</c>). Called by generated formatters.</summary>
    /// <exception cref="WireSerializationException">The formatter failed to write the value; the inner exception says why.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Write<T>(ref WireWriter writer, T value, IMessagePackFormatter<T> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        WriteCore(ref writer, value, formatter);
    }

    /// <summary>Reads a value with the formatter <see cref="Options"/> resolves for <typeparamref name="T"/>. Called by generated formatters.</summary>
    /// <exception cref="WireSerializationException">The value is malformed, or MessagePack-CSharp failed to read it.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static T Read<T>(ref WireReader reader) => ReadCore<T>(ref reader, formatter: null);

    /// <summary>Reads a value with <paramref name="formatter"/> (a <c>[MessagePackFormatter]</c>). Called by generated formatters.</summary>
    /// <exception cref="WireSerializationException">The value is malformed, or the formatter failed to read it.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static T Read<T>(ref WireReader reader, IMessagePackFormatter<T> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        return ReadCore(ref reader, formatter);
    }

    // MessagePack-CSharp's writer appends to our writer's own output: no intermediate buffer, no copy.
    private static void WriteCore<T>(ref WireWriter writer, T value, IMessagePackFormatter<T>? formatter)
    {
        var options = Options;
        var output = new MessagePackWriter(writer.FlushToOutput());
        try
        {
            if (formatter is null)
            {
                MessagePackSerializer.Serialize(ref output, value, options);
            }
            else
            {
                formatter.Serialize(ref output, value, options);
            }

            output.Flush();
        }
        catch (Exception exception) when (exception is not (WireSerializationException or OutOfMemoryException))
        {
            throw new WireSerializationException("MessagePack-CSharp could not write the value: " + exception.Message, -1, exception);
        }
    }

    // Our reader skips the one value (iteratively, every length checked against the bytes remaining), and
    // MessagePack-CSharp reads a copy of exactly those bytes: its reader takes memory, not a span. The copy is pooled;
    // formatters must not keep the input past Deserialize, as MessagePack-CSharp itself requires.
    private static T ReadCore<T>(ref WireReader reader, IMessagePackFormatter<T>? formatter)
    {
        var start = reader.Position;
        var raw = reader.ReadRawValue();
        var rented = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            raw.CopyTo(rented);
            var input = new MessagePackReader(new ReadOnlyMemory<byte>(rented, 0, raw.Length));
            var options = Options;
            var value = formatter is null
                ? MessagePackSerializer.Deserialize<T>(ref input, options)
                : formatter.Deserialize(ref input, options);
            if (!input.End)
            {
                throw new WireSerializationException(
                    $"MessagePack-CSharp read {input.Consumed} of the {raw.Length} bytes of the value; its formatter must read exactly one value", start);
            }

            return value;
        }
        catch (Exception exception) when (exception is not (WireSerializationException or OutOfMemoryException))
        {
            throw new WireSerializationException("MessagePack-CSharp could not read the value: " + exception.Message, start, exception);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
