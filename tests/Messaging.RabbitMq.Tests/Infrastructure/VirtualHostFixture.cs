using System;
using System.Threading.Tasks;
using Xunit;

namespace Messaging.RabbitMq.Tests.Infrastructure;

/// <summary>
/// A virtual host of its own for each test class (<c>IClassFixture&lt;VirtualHostFixture&gt;</c>), so classes running in
/// parallel never see each other's exchanges and queues; deleted, with everything in it, when the class is done. Fails
/// every test of the class with what to do when the broker is not running.
/// </summary>
public sealed class VirtualHostFixture : IAsyncLifetime
{
    public string Name { get; } = "messaging-tests-" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        await Broker.EnsureReachableAsync();
        await Broker.CreateVirtualHostAsync(Name);
    }

    public Task DisposeAsync() => Broker.DeleteVirtualHostAsync(Name);
}
