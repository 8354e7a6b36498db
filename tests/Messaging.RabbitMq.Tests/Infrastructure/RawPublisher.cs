using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using RabbitMQ.Client;

namespace Messaging.RabbitMq.Tests.Infrastructure;

/// <summary>
/// A foreign producer on the plain RabbitMQ.Client: publishes exactly the bytes, content type and headers it is given to
/// an exchange of the test's virtual host, and waits for the broker's confirm.
/// </summary>
public sealed class RawPublisher : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RawPublisher> ConnectAsync(string virtualHost)
    {
        var factory = new ConnectionFactory
        {
            HostName = Broker.Host,
            Port = Broker.Port,
            UserName = Broker.UserName,
            Password = Broker.Password,
            VirtualHost = virtualHost,
            ClientProvidedName = "raw test publisher",
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawPublisher(connection, channel);
    }

    /// <summary>Publishes <paramref name="body"/>; <paramref name="contentType"/> null leaves the property unset. Returns the message id.</summary>
    public async Task<Guid> PublishAsync(string exchange, byte[] body, string? contentType, string? messageType)
    {
        var id = Guid.NewGuid();
        var headers = new Dictionary<string, object?>();
        if (messageType is not null)
        {
            headers["MT-MessageType"] = messageType;
        }

        var properties = new BasicProperties { MessageId = id.ToString(), DeliveryMode = DeliveryModes.Persistent, Headers = headers };
        if (contentType is not null)
        {
            properties.ContentType = contentType;
        }

        await _channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, properties, body);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
