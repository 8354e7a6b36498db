using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;

namespace Messaging.RabbitMq.Tests.Tls;

public sealed class TlsHandlers(HandlerProbe probe, BusTag bus)
{
    [Handler(Queue = "tls-pings")]
    public void Handle(TlsPing ping, ConsumeContext<TlsPing> context) => probe.Report("tls-pings", ping, context, bus);
}
