using System;
using System.Threading.Tasks;
using Messaging.Postgres.Tests.Infrastructure;
using Messaging.RabbitMq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Messaging.Postgres.Tests.Faults;

/// <summary>
/// The consumer service of the consumer-kill fault test, run as a process of its own: this assembly's handlers on
/// RabbitMQ with the PostgreSQL inbox, configured from the environment (<c>FAULT_DATABASE</c>, <c>FAULT_VIRTUAL_HOST</c>
/// and the shared broker's <c>RabbitMq__*</c>). It prints <c>ready</c> once its queues are bound, and the inbox's log
/// lines (a skipped duplicate each) on stdout; it runs until it is killed.
/// </summary>
public static class ConsumerProcess
{
    public const string DatabaseVariable = "FAULT_DATABASE";
    public const string VirtualHostVariable = "FAULT_VIRTUAL_HOST";

    public static async Task<int> RunAsync()
    {
        var database = Environment.GetEnvironmentVariable(DatabaseVariable) ?? throw new InvalidOperationException($"{DatabaseVariable} is not set.");
        var virtualHost = Environment.GetEnvironmentVariable(VirtualHostVariable) ?? throw new InvalidOperationException($"{VirtualHostVariable} is not set.");
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Messaging.Inbox", LogLevel.Information);
        builder.Services.AddSingleton(new LedgerProbe());
        builder.Services.AddMessaging(bus => bus.AddMessagingPostgresTests())
            .UseRabbitMq(o =>
            {
                o.Host = Testing.SharedBrokerVirtualHost.Host;
                o.Port = Testing.SharedBrokerVirtualHost.Port;
                o.UserName = Testing.SharedBrokerVirtualHost.UserName;
                o.Password = Testing.SharedBrokerVirtualHost.Password;
                o.VirtualHost = virtualHost;
                o.ConnectionName = "transfer-consumer";
            })
            .UsePostgres(database, options => options.RunRelay = false);
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine("ready");
        await host.WaitForShutdownAsync();
        return 0;
    }
}
