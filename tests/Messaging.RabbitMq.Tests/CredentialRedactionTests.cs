using System;
using System.Linq;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>A bus connected with a real password never writes it to the logs, at any level.</summary>
public sealed class CredentialRedactionTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Password_appears_in_no_log_line_of_a_bus_that_connects_and_handles_a_message()
    {
        var user = "svc-" + Guid.NewGuid().ToString("N")[..8];
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await Broker.CreateUserAsync(user, password, vhost.Name);
        try
        {
            var probe = new HandlerProbe();
            var logs = new CapturedLogs();
            await using (var bus = await RabbitBus.StartAsync(vhost.Name, probe, options: o =>
                         {
                             o.UserName = user;
                             o.Password = password;
                         }, logs: logs))
            {
                var order = new OrderPlaced(Guid.NewGuid(), "dora", 5m);
                await bus.Bus.Publish(order);
                Assert.Equal(order, (await probe.WaitOneAsync("orders")).Message);

                var options = bus.Services.GetRequiredService<RabbitMqOptions>();
                Assert.Equal($"amqp://{user}:***@{Broker.Host}:{Broker.Port}/{vhost.Name}", options.ToString());
            }

            // Trace-level logs of connecting, declaring, consuming and stopping: plenty, and none with the password.
            Assert.Contains(logs.Lines, line => line.Contains(user, StringComparison.Ordinal) || line.Contains(vhost.Name, StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, line => line.Contains(password, StringComparison.Ordinal));
            Assert.True(logs.Lines.Count > 10, $"only {logs.Lines.Count} log lines were captured");
        }
        finally
        {
            await Broker.DeleteUserAsync(user);
        }
    }
}
