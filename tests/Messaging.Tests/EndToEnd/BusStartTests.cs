using System.Threading.Tasks;
using MassTransit;
using Messaging.Serialization;
using Messaging.Tests.EndToEnd.Infrastructure;
using Xunit;
using CaseClash = Messaging.Tests.Generated.Contracts.CaseClash;

namespace Messaging.Tests.EndToEnd;

public sealed class BusStartTests
{
    [Fact]
    public async Task Generated_registration_starts_a_bus_although_the_assembly_declares_messages_that_get_no_formatter()
    {
        // This assembly declares messages the serializer generator leaves out (Generated/Contracts/CaseClash.cs).
        // AddMessagingTests() used to register routes for them too, and the bus refused to start: "No MessagePack
        // formatter is registered for Messaging.Tests.Generated.Contracts.CaseClash.ORDER".
        Assert.False(WireFormatters.IsRegistered<CaseClash.ORDER>());
        Assert.False(WireFormatters.IsRegistered<CaseClash.OrderHolder>());

        await using var bus = await EndToEndBus.StartAsync();

        Assert.Equal(BusHealthStatus.Healthy, bus.Bus.CheckHealth().Status);
    }
}
