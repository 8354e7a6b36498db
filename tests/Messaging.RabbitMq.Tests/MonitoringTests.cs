using System;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Handlers;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// What operations sees of a Messaging service on RabbitMQ: the health checks <c>UseRabbitMq</c> registers (through
/// MassTransit) and the consume metrics of generated handlers on MassTransit's meter.
/// </summary>
[Collection(ListensToActivities.Name)]
public sealed class MonitoringTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    [Fact]
    public async Task Health_checks_report_the_bus_and_its_handler_endpoints_healthy_while_it_runs_and_unhealthy_once_stopped()
    {
        await using var bus = await RabbitBus.StartAsync(vhost.Name, new HandlerProbe());
        var health = bus.Services.GetRequiredService<HealthCheckService>();

        var running = await health.CheckHealthAsync();
        Assert.True(running.Status == HealthStatus.Healthy, Describe(running));
        var entry = Assert.Single(running.Entries);
        Assert.Equal("masstransit-bus", entry.Key);
        // Each handler queue is an endpoint the check looks at.
        Assert.Contains("rmq-orders", Describe(running), StringComparison.Ordinal);

        await bus.Bus.StopAsync(TimeSpan.FromSeconds(30));
        var stopped = await health.CheckHealthAsync();
        Assert.True(stopped.Status == HealthStatus.Unhealthy, Describe(stopped));
    }

    [Fact]
    public async Task A_generated_handler_counts_on_MassTransit_meter_by_its_consumer_and_message_type()
    {
        var consumed = new ConcurrentQueue<(string? Consumer, string? Message)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meter) =>
        {
            if (instrument.Meter.Name == "MassTransit" && instrument.Name == "messaging.masstransit.consume")
            {
                meter.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? consumer = null, message = null;
            foreach (var tag in tags)
            {
                consumer = tag.Key == "messaging.masstransit.consumer_type" ? tag.Value as string : consumer;
                message = tag.Key == "messaging.masstransit.message_type" ? tag.Value as string : message;
            }

            consumed.Enqueue((consumer, message));
        });
        listener.Start();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, new HandlerProbe());
        var id = Guid.NewGuid();

        await bus.Bus.Publish(new Traced(id));
        await TraceHandlers.TraceOfAsync(id).WaitAsync(TimeSpan.FromSeconds(30));

        // The generated consumer names the handler it calls: Messaging.Generated.{Namespace}_{Class}_{Method}Consumer.
        for (var i = 0; i < 100 && !consumed.Contains(("Messaging_RabbitMq_Tests_Handlers_TraceHandlers_RecordConsumer", "Traced")); i++)
        {
            await Task.Delay(20);
        }

        Assert.Contains(("Messaging_RabbitMq_Tests_Handlers_TraceHandlers_RecordConsumer", "Traced"), consumed);
    }

    private static string Describe(HealthReport report)
    {
        var text = report.Status.ToString();
        foreach (var (name, entry) in report.Entries)
        {
            text += $"\n{name}: {entry.Status} {entry.Description}";
            foreach (var (key, value) in entry.Data)
            {
                text += $"\n  {key}: {System.Text.Json.JsonSerializer.Serialize(value)}";
            }
        }

        return text;
    }
}
