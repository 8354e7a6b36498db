using System.Net.Mime;
using MassTransit;

namespace Messaging.Transport;

/// <summary>Hands MassTransit the one shared, stateless <see cref="MessagePackMessageSerializer"/> for a content type.</summary>
internal sealed class MessagePackSerializerFactory : ISerializerFactory
{
    private readonly MessagePackMessageSerializer _serializer;

    public MessagePackSerializerFactory(MessagePackMessageSerializer serializer)
    {
        _serializer = serializer;
    }

    public ContentType ContentType => _serializer.ContentType;

    public IMessageSerializer CreateSerializer() => _serializer;

    public IMessageDeserializer CreateDeserializer() => _serializer;
}
