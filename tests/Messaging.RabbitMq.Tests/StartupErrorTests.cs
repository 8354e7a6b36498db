using System;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// A host that cannot start fails its start with what is wrong — an unreachable broker within the start timeout with its
/// host, port and virtual host; refused credentials as ACCESS_REFUSED for the user and virtual host, without the password;
/// a virtual host that does not exist — and <see cref="IMessagePublisher"/>'s first publish says the same.
/// </summary>
public sealed class StartupErrorTests(VirtualHostFixture vhost, ITestOutputHelper output) : IClassFixture<VirtualHostFixture>
{
    // Only a bound on a test that would otherwise hang: the start timeout plus the slowest a loaded machine may be.
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Host_whose_broker_is_unreachable_fails_its_start_within_the_start_timeout_naming_host_port_and_vhost()
    {
        var port = ExternalProcess.FreePort();
        using var host = BuildHost(o =>
        {
            o.Port = port;
            o.VirtualHost = vhost.Name;
            o.StartTimeout = TimeSpan.FromSeconds(3);
        });

        var error = await Assert.ThrowsAsync<BrokerConnectionException>(() => host.StartAsync()).WaitAsync(s_hang);

        output.WriteLine(error.Message);
        Assert.Equal(BrokerConnectionFailure.Unreachable, error.Failure);
        Assert.Contains($"(host '{Broker.Host}', port {port}, virtual host '{vhost.Name}') could not be reached within 3 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("RabbitMq:Host, RabbitMq:Port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_fails_the_start_with_access_refused_for_the_user_and_vhost_and_never_shows_the_password()
    {
        var user = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var password = "right-" + Guid.NewGuid().ToString("N");
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");
        await Broker.CreateUserAsync(user, password, vhost.Name);
        try
        {
            using var host = BuildHost(o =>
            {
                o.VirtualHost = vhost.Name;
                o.UserName = user;
                o.Password = wrong;
            });

            // Refused credentials are not retried: the start fails at once, well within the default 60 s.
            var error = await Assert.ThrowsAsync<BrokerConnectionException>(() => host.StartAsync()).WaitAsync(s_hang);

            output.WriteLine(error.Message);
            Assert.Equal(BrokerConnectionFailure.AccessRefused, error.Failure);
            Assert.Contains($"refused the login of user '{user}' (ACCESS_REFUSED) for virtual host '{vhost.Name}'", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(password, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await Broker.DeleteUserAsync(user);
        }
    }

    [Fact]
    public async Task Missing_virtual_host_fails_the_start_naming_it()
    {
        var missing = "messaging-tests-missing-" + Guid.NewGuid().ToString("N")[..8];
        using var host = BuildHost(o => o.VirtualHost = missing);

        var error = await Assert.ThrowsAsync<BrokerConnectionException>(() => host.StartAsync()).WaitAsync(s_hang);

        output.WriteLine(error.Message);
        Assert.Equal(BrokerConnectionFailure.VirtualHostNotFound, error.Failure);
        Assert.Contains($"has no virtual host '{missing}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publisher_first_publish_says_access_refused_and_missing_vhost_as_the_start_does()
    {
        var user = "pub-" + Guid.NewGuid().ToString("N")[..8];
        var password = "right-" + Guid.NewGuid().ToString("N");
        await Broker.CreateUserAsync(user, password, vhost.Name);
        try
        {
            await using var refused = BuildProvider(o =>
            {
                o.VirtualHost = vhost.Name;
                o.UserName = user;
                o.Password = "wrong";
            });
            var error = await Assert.ThrowsAsync<BrokerConnectionException>(
                () => refused.GetRequiredService<IMessagePublisher>().PublishAsync(new OrderPlaced(Guid.NewGuid(), "nobody", 1m))).WaitAsync(s_hang);
            output.WriteLine(error.Message);
            Assert.Equal(BrokerConnectionFailure.AccessRefused, error.Failure);
            Assert.Contains($"user '{user}' (ACCESS_REFUSED) for virtual host '{vhost.Name}'", error.Message, StringComparison.Ordinal);

            var missing = "messaging-tests-missing-" + Guid.NewGuid().ToString("N")[..8];
            await using var nowhere = BuildProvider(o => o.VirtualHost = missing);
            error = await Assert.ThrowsAsync<BrokerConnectionException>(
                () => nowhere.GetRequiredService<IMessagePublisher>().PublishAsync(new OrderPlaced(Guid.NewGuid(), "nobody", 1m))).WaitAsync(s_hang);
            output.WriteLine(error.Message);
            Assert.Equal(BrokerConnectionFailure.VirtualHostNotFound, error.Failure);
            Assert.Contains($"has no virtual host '{missing}'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await Broker.DeleteUserAsync(user);
        }
    }

    private static IHost BuildHost(Action<RabbitMqOptions> options)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Register(builder.Services, options);
        return builder.Build();
    }

    private static ServiceProvider BuildProvider(Action<RabbitMqOptions> options)
    {
        var services = new ServiceCollection();
        Register(services, options);
        return services.BuildServiceProvider();
    }

    private static void Register(IServiceCollection services, Action<RabbitMqOptions> options)
    {
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(new HandlerProbe());
        services.AddSingleton(new BusTag("bus"));
        services.AddMessaging(bus => bus.AddMessagingRabbitMqTests()).UseRabbitMq(o =>
        {
            o.Host = Broker.Host;
            o.Port = Broker.Port;
            o.UserName = Broker.UserName;
            o.Password = Broker.Password;
            options(o);
        });
    }
}
