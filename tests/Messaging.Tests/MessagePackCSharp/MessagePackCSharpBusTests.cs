using System.Threading.Tasks;
using Messaging.Serialization;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;

namespace Messaging.Tests.MessagePackCSharp;

public sealed class MessagePackCSharpBusTests
{
    [Fact]
    public async Task Message_with_MessagePack_CSharp_members_is_delivered_through_the_bus_to_its_generated_consumer()
    {
        await using var bus = await EndToEndBus.StartAsync();
        var shipment = Shipments.Sample();

        await bus.Bus.Publish(shipment);

        var call = await bus.Probe.WaitOneAsync("shipments");
        var received = Assert.IsType<ShipmentBooked>(call.Message);
        Assert.Equal(Shipments.Describe(shipment), Shipments.Describe(received));
        Assert.Equal("application/msgpack", call.Delivery!.ContentType);
        Assert.Equal(WireSerializer.Serialize(shipment), call.Delivery.Body);
    }
}
