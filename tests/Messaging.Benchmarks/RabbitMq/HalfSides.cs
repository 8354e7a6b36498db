using System;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.Benchmarks.RabbitMq;

/// <summary>
/// The consuming half alone: the raw client publishes the reference order (as it does on its own side) to the
/// message's exchange, and Messaging's generated handler consumes it. Against the raw side, the difference is what
/// Messaging's receive path costs.
/// </summary>
internal sealed class RawToMessagingSide(RawClientSide raw) : IThroughputSide
{
    private readonly ConfirmWindow _window = new();

    public string Name => "  raw publish -> Messaging handler";

    public string Mode => $"confirms, {RabbitMqQuickRunner.ConfirmWindow} in flight";

    public async Task<double> MeasureAsync(int count)
    {
        var done = BusSink.Generated.Expect(count);
        var order = ReferenceMessages.Order;
        return await _window.MeasureAsync(count, done, () => raw.Publish(MessagingSide.Exchange, order)).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// The publishing half alone: Messaging's bus sends the reference order to the raw side's exchange
/// (<c>exchange:</c> address: the same send transport a publish uses, without the handler's queue bound), and the raw
/// client consumes it. Against the raw side, the difference is what the send path costs.
/// </summary>
internal sealed class MessagingToRawSide(MessagingSide messaging, RawClientSide raw) : IThroughputSide
{
    private readonly ConfirmWindow _window = new();
    private ISendEndpoint? _endpoint;

    public string Name => "  Messaging send -> raw consumer";

    public string Mode => $"confirms, {RabbitMqQuickRunner.ConfirmWindow} in flight";

    public async Task<double> MeasureAsync(int count)
    {
        var endpoint = _endpoint ??= await messaging.Bus.GetSendEndpoint(new Uri("exchange:" + RawClientSide.Exchange)).ConfigureAwait(false);
        var done = raw.Counter.Expect(count);
        var order = ReferenceMessages.Order;
        return await _window.MeasureAsync(count, done, () => endpoint.Send(order)).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
