using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;

namespace Messaging.RabbitMq.Tests.Handlers;

// Handlers as a user writes them; the generator emits their consumers and AddMessagingRabbitMqTests().

public sealed class OrderHandlers(HandlerProbe probe, BusTag bus)
{
    [Handler(Queue = "rmq-orders")]
    public void Handle(OrderPlaced order, ConsumeContext<OrderPlaced> context) => probe.Report("orders", order, context, bus);
}
