using System;
using System.Globalization;
using System.Threading.Tasks;
using MassTransit;

namespace Messaging.RabbitMq;

/// <summary>
/// Moves a message that a quorum queue has delivered <see cref="RabbitMqOptions.MaxDeliveries"/> times without an
/// acknowledgement to the queue's <c>_error</c> queue, with the reason, instead of handling it again: the consumer
/// crashed, was killed or lost its connection on every earlier delivery, and would likely do so again.
/// </summary>
/// <remarks>
/// RabbitMQ sets <c>x-delivery-count</c> on a quorum queue's redeliveries (the number of earlier deliveries that were
/// not acknowledged). Throwing here, before the consumers, fails the message the way a handler fault does: MassTransit
/// moves it to <c>_error</c> with the exception in its fault headers and acknowledges it.
/// </remarks>
internal sealed class DeliveryLimitFilter(string queue, int maxDeliveries) : IFilter<ConsumeContext>
{
    public const string DeliveryCountHeader = "x-delivery-count";

    public Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (context.ReceiveContext.TransportHeaders.TryGetHeader(DeliveryCountHeader, out var value)
            && ToCount(value) is { } earlier && earlier >= maxDeliveries)
        {
            throw new DeliveryLimitExceededException(
                $"Message {context.MessageId?.ToString() ?? "(no id)"} was delivered by queue '{queue}' {earlier} times without being acknowledged " +
                $"(its consumer crashed, was killed or lost its connection each time), the limit is {maxDeliveries} (RabbitMqOptions.MaxDeliveries): " +
                "it was moved to the error queue instead of being handled again. Find why handling it ends the process (its logs, " +
                "a memory or stack overflow, a kill by the orchestrator), fix that, then move the message back.");
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deliveryLimit").Add("maxDeliveries", maxDeliveries);

    private static long? ToCount(object? value) => value switch
    {
        long n => n,
        int n => n,
        short n => n,
        byte n => n,
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
