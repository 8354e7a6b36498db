using MassTransit;
using Messaging.Tests.EndToEnd.Infrastructure;

namespace Messaging.Tests.MessagePackCSharp;

/// <summary>A generated consumer of a message with MessagePack-CSharp members, on the in-memory bus.</summary>
public sealed class ShipmentHandlers(HandlerProbe probe)
{
    [Handler(Queue = "e2e-shipments")]
    public void Handle(ShipmentBooked shipment, ConsumeContext<ShipmentBooked> context) => probe.Report("shipments", shipment, context);
}
