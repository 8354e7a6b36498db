using System;
using System.Threading.Tasks;
using Messaging.Serialization;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// The baseline: RabbitMQ.Client 7.2.2 used directly, as a careful hand-written service would, with the transport
/// settings MassTransit gives the Messaging side — one connection; a publishing channel with publisher confirms
/// tracked by the client (each publish completes when the broker confirms it), <see cref="RabbitMqQuickRunner.ConfirmWindow"/>
/// publishes in flight; a consuming channel with the same prefetch and dispatch concurrency, acking each message.
/// The body is the same MessagePack, written and read with the same generated formatter, so the comparison is of
/// the transport layer alone.
/// </summary>
internal sealed class RawClientSide : IThroughputSide
{
    private const string Entity = "bench-raw-orders";

    private readonly IConnection _connection;
    private readonly IChannel _publisher;
    private readonly IChannel _consumer;
    private readonly ConsumedCounter _counter = new();
    private readonly ConfirmWindow _window = new();

    private RawClientSide(IConnection connection, IChannel publisher, IChannel consumer)
    {
        _connection = connection;
        _publisher = publisher;
        _consumer = consumer;
    }

    public string Name => "RabbitMQ.Client 7.2.2 (raw)";

    public string Mode => $"confirms, {RabbitMqQuickRunner.ConfirmWindow} in flight";

    public static async Task<RawClientSide> StartAsync(Uri broker)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "messaging-bench-raw" };
        var connection = await factory.CreateConnectionAsync().ConfigureAwait(false);
        await using (var setup = await connection.CreateChannelAsync().ConfigureAwait(false))
        {
            // Exchange then queue, as MassTransit routes a publish (message exchange -> queue).
            await setup.ExchangeDeclareAsync(Entity, ExchangeType.Fanout, durable: true).ConfigureAwait(false);
            await setup.QueueDeclareAsync(Entity, durable: true, exclusive: false, autoDelete: false).ConfigureAwait(false);
            await setup.QueueBindAsync(Entity, Entity, "").ConfigureAwait(false);
            await setup.QueuePurgeAsync(Entity).ConfigureAwait(false);
        }

        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)).ConfigureAwait(false);
        var consumer = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: false, publisherConfirmationTrackingEnabled: false,
            consumerDispatchConcurrency: RabbitMqQuickRunner.Prefetch)).ConfigureAwait(false);
        var side = new RawClientSide(connection, publisher, consumer);
        await consumer.BasicQosAsync(0, RabbitMqQuickRunner.Prefetch, global: false).ConfigureAwait(false);
        var handler = new AsyncEventingBasicConsumer(consumer);
        handler.ReceivedAsync += side.OnReceivedAsync;
        await consumer.BasicConsumeAsync(Entity, autoAck: false, handler).ConfigureAwait(false);
        return side;
    }

    public async Task<double> MeasureAsync(int count)
    {
        var done = _counter.Expect(count);
        var order = ReferenceMessages.Order;
        return await _window.MeasureAsync(count, done, () => Publish(Entity, order)).ConfigureAwait(false);
    }

    /// <summary>The orders this side's consumer has counted, for a side that publishes to its queue another way.</summary>
    internal ConsumedCounter Counter => _counter;

    /// <summary>The exchange this side's queue is bound to.</summary>
    internal static string Exchange => Entity;

    /// <summary>
    /// Publishes one order to <paramref name="exchange"/> as this side does: MessagePack body, its content type, the
    /// message type header a MassTransit consumer reads, a message id, persistent; completes when confirmed.
    /// </summary>
    internal Task Publish(string exchange, OrderPlaced order)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/msgpack",
            MessageId = Guid.NewGuid().ToString(),
            DeliveryMode = DeliveryModes.Persistent,
            Headers = new System.Collections.Generic.Dictionary<string, object?> { ["MT-MessageType"] = RabbitMqQuickRunner.OrderUrn },
        };
        return _publisher.BasicPublishAsync(exchange, "", mandatory: false, properties, WireSerializer.Serialize(order)).AsTask();
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        _counter.Consumed(WireSerializer.Deserialize<OrderPlaced>(delivery.Body.Span));
        await _consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _consumer.CloseAsync().ConfigureAwait(false);
        await _publisher.CloseAsync().ConfigureAwait(false);
        await using (var cleanup = await _connection.CreateChannelAsync().ConfigureAwait(false))
        {
            await cleanup.QueueDeleteAsync(Entity).ConfigureAwait(false);
            await cleanup.ExchangeDeleteAsync(Entity).ConfigureAwait(false);
        }

        await _connection.CloseAsync().ConfigureAwait(false);
        _connection.Dispose();
    }
}
