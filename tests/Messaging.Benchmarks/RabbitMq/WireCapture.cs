using System;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// Captures the reference order as each side actually publishes it, through a queue bound to the message's exchange,
/// and measures it (<see cref="AmqpWireSize"/>): Messaging's raw MessagePack with its headers, from
/// <see cref="IMessagePublisher"/> and from <c>IBus.Publish</c>, and classic MassTransit's JSON envelope (a bus with the
/// default serializer, publishing the same record).
/// </summary>
internal static class WireCapture
{
    private const string CaptureQueue = "bench-wire-capture";

    /// <summary>MassTransit's default entity name for the record: its exchange on the classic side.</summary>
    private const string ClassicExchange = "Messaging.Benchmarks:OrderPlaced";

    public record struct Captured(string ContentType, int Body, int Properties, int Total, string[] Headers);

    public static async Task<(Captured Publisher, Captured Messaging, Captured Classic)> RunAsync(Uri broker, MessagingSide messaging)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "messaging-bench-capture" };
        await using var connection = await factory.CreateConnectionAsync().ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync().ConfigureAwait(false);
        await channel.QueueDeclareAsync(CaptureQueue, durable: false, exclusive: true, autoDelete: true).ConfigureAwait(false);

        // Messaging: its exchange exists since the handler's queue is bound to it.
        await channel.QueueBindAsync(CaptureQueue, MessagingSide.Exchange, "#").ConfigureAwait(false);
        await messaging.AssertContentTypeAsync(direct: true).ConfigureAwait(false);
        var publisher = await TakeAsync(channel).ConfigureAwait(false);
        await messaging.AssertContentTypeAsync(direct: false).ConfigureAwait(false);
        var ours = await TakeAsync(channel).ConfigureAwait(false);
        await channel.QueueUnbindAsync(CaptureQueue, MessagingSide.Exchange, "#").ConfigureAwait(false);

        // Classic MassTransit: declared as MassTransit declares a publish exchange (fanout, durable), then published to.
        await channel.ExchangeDeclareAsync(ClassicExchange, ExchangeType.Fanout, durable: true).ConfigureAwait(false);
        await channel.QueueBindAsync(CaptureQueue, ClassicExchange, "").ConfigureAwait(false);
        var services = new ServiceCollection();
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.UsingRabbitMq((_, cfg) =>
            {
                var options = new Messaging.RabbitMq.RabbitMqOptions();
                RabbitMqQuickRunner.Apply(broker, options, "messaging-bench-classic");
                cfg.Host(options.Host, checked((ushort)options.EffectivePort), options.VirtualHost, h =>
                {
                    h.Username(options.UserName);
                    h.Password(options.Password);
                });
            });
        });
        await using (var provider = services.BuildServiceProvider())
        {
            var bus = provider.GetRequiredService<IBusControl>();
            await bus.StartAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            try
            {
                await bus.Publish(ReferenceMessages.Order).ConfigureAwait(false);
            }
            finally
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await bus.StopAsync(timeout.Token).ConfigureAwait(false);
            }
        }

        var classic = await TakeAsync(channel).ConfigureAwait(false);
        await channel.ExchangeDeleteAsync(ClassicExchange).ConfigureAwait(false);
        await channel.QueueDeleteAsync(CaptureQueue).ConfigureAwait(false);
        return (publisher, ours, classic);
    }

    private static async Task<Captured> TakeAsync(IChannel channel)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var result = await channel.BasicGetAsync(CaptureQueue, autoAck: true).ConfigureAwait(false);
            if (result is not null)
            {
                var (body, properties, total) = AmqpWireSize.Measure(result.Exchange, result.RoutingKey, result.BasicProperties, result.Body.Length);
                string[] headers = [.. result.BasicProperties.Headers?.Keys ?? []];
                return new Captured(result.BasicProperties.ContentType ?? "(none)", body, properties, total, headers);
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"nothing arrived in {CaptureQueue} within 5 s");
    }
}
