using System.Threading.Tasks;
using Messaging.Testing;
using Xunit;

namespace Messaging.Redis.Tests.Infrastructure;

/// <summary>A private redis-server for one test class, started before its first test and killed after its last.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
