using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests.Faults;

/// <summary>
/// Publishing while the broker is away or blocks publishers: on a node of the test's own, stopped and started again, or
/// put under a memory alarm. A publish waits up to <see cref="RabbitMqOptions.PublishTimeout"/> for the broker to take
/// it, then fails saying where and why.
/// </summary>
[Collection(OwnNodes.Name)]
public sealed class PublishOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_publish_during_a_node_restart_waits_and_succeeds_once_the_node_is_back()
    {
        await using var node = new RabbitMqNode("outage");
        await node.StartAsync();
        var probe = new HandlerProbe();
        // Generous: the node's restart must fit in it on a loaded machine.
        await using var bus = await OwnNodes.StartBusAsync(probe, o => o.PublishTimeout = TimeSpan.FromMinutes(3), nodes: node);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var counts = new FaultCounts();
        await PublishCountedAsync(publisher, counts, "before");
        await probe.WaitOneAsync("orders");

        await node.StopAsync();
        // Publishes made while nothing listens, on both paths: they wait instead of failing.
        var viaBus = new FaultCounts();
        var during = Enumerable.Range(0, 10).Select(i => PublishCountedAsync(publisher, counts, $"during-{i}"))
            .Concat(Enumerable.Range(0, 10).Select(i => PublishCountedAsync(bus.Bus, viaBus, $"bus-during-{i}"))).ToList();
        await node.StartAsync();
        var failures = await Task.WhenAll(during.Select(p => Record.ExceptionAsync(() => p))).WaitAsync(TimeSpan.FromMinutes(4));

        await WaitConsumedAsync(probe, "orders", (counts, c => !((OrderPlaced)c.Message).Customer.StartsWith("bus-", StringComparison.Ordinal)),
            (viaBus, c => ((OrderPlaced)c.Message).Customer.StartsWith("bus-", StringComparison.Ordinal)));
        output.WriteLine($"IMessagePublisher: {counts}");
        output.WriteLine($"IBus.Publish:      {viaBus}");
        foreach (var failure in failures.Where(f => f is not null).Take(3))
        {
            output.WriteLine(failure!.ToString());
        }

        Assert.Equal((11, 11, 0, 0), (counts.SentCount, counts.ConfirmedCount, counts.ThrewCount, counts.Lost));
        Assert.Equal((10, 10, 0, 0), (viaBus.SentCount, viaBus.ConfirmedCount, viaBus.ThrewCount, viaBus.Lost));
    }

    /// <summary>
    /// Waits (up to 3 minutes) until every confirmed message of each <see cref="FaultCounts"/> was handled, then counts
    /// the handler's calls that belong to it.
    /// </summary>
    internal static async Task WaitConsumedAsync(HandlerProbe probe, string handler, params (FaultCounts Counts, Func<HandlerCall, bool> Belongs)[] runs)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var calls = probe.Calls(handler);
            var seen = calls.Where(c => c.Metadata.MessageId is not null).Select(c => c.Metadata.MessageId!.Value).ToHashSet();
            if (runs.All(r => r.Counts.ConfirmedNotConsumed().All(seen.Contains)) || deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                foreach (var (counts, belongs) in runs)
                {
                    foreach (var call in calls.Where(belongs))
                    {
                        counts.Consumed(call.Metadata.MessageId!.Value);
                    }
                }

                return;
            }

            // Polling a condition, with a deadline: the handler's calls are what is waited for.
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_publish_while_the_node_stays_down_fails_at_the_timeout_naming_host_virtual_host_and_cause_on_every_path()
    {
        await using var node = new RabbitMqNode("down");
        await node.StartAsync();
        var timeout = TimeSpan.FromSeconds(5);
        await using var bus = await OwnNodes.StartBusAsync(new HandlerProbe(), o => o.PublishTimeout = timeout, nodes: node);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "before", 1m));

        await node.StopAsync();
        var started = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TimeoutException>(() => publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "lost", 2m)));
        var elapsed = started.Elapsed;

        output.WriteLine($"failed after {elapsed}: {error.Message}");
        // It waited the whole timeout, and gave up soon after (the margin is for a loaded machine, not the guarantee).
        Assert.InRange(elapsed, timeout, timeout + TimeSpan.FromSeconds(30));
        Assert.Contains($"127.0.0.1:{node.AmqpPort}", error.Message, StringComparison.Ordinal);
        Assert.Contains("virtual host '/'", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be reached or the connection was lost", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);

        // IBus.Publish, with no token, fails the same way: MassTransit's own retry would wait forever.
        var busError = await PublishFailsAtTheTimeoutAsync(() => bus.Services.GetRequiredService<MassTransit.IBus>().Publish(new OrderPlaced(Guid.NewGuid(), "bus", 3m)), timeout);
        Assert.Contains("the broker cannot be reached", busError.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{node.AmqpPort}", busError.Message, StringComparison.Ordinal);

        // So does the scoped IPublishEndpoint a web request or a job gets, and a send to an address.
        await using (var scope = bus.Services.CreateAsyncScope())
        {
            var publishEndpoint = scope.ServiceProvider.GetRequiredService<MassTransit.IPublishEndpoint>();
            await PublishFailsAtTheTimeoutAsync(() => publishEndpoint.Publish(new OrderPlaced(Guid.NewGuid(), "scoped", 4m)), timeout);
        }

        var sendEndpoint = await bus.Bus.GetSendEndpoint(new Uri("exchange:orders-sent"));
        await PublishFailsAtTheTimeoutAsync(() => sendEndpoint.Send(new OrderPlaced(Guid.NewGuid(), "sent", 5m)), timeout);
    }

    // The call fails with a TimeoutException once the timeout has passed, and soon after it (the margin is for a loaded
    // machine, not the guarantee), naming the virtual host.
    private async Task<TimeoutException> PublishFailsAtTheTimeoutAsync(Func<Task> publish, TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<TimeoutException>(publish).WaitAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"failed after {started.Elapsed}: {error.Message}");
        Assert.InRange(started.Elapsed, timeout, timeout + TimeSpan.FromSeconds(30));
        Assert.Contains("virtual host '/'", error.Message, StringComparison.Ordinal);
        Assert.Contains("PublishTimeout", error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public async Task A_memory_alarm_is_logged_and_fails_a_publish_at_the_timeout_naming_it_and_publishing_resumes_once_it_clears()
    {
        await using var node = new RabbitMqNode("alarm");
        await node.StartAsync();
        var logs = new CapturedLogs();
        var probe = new HandlerProbe();
        var timeout = TimeSpan.FromSeconds(5);
        await using var bus = await OwnNodes.StartBusAsync(probe, o => o.PublishTimeout = timeout, logs, node);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "before", 1m));
        await probe.WaitOneAsync("orders");

        await node.RabbitMqCtlOrThrowAsync("set_vm_memory_high_watermark", "absolute", "1");
        try
        {
            var started = Stopwatch.StartNew();
            // Bounded: a publish that does not give up at its timeout fails the test instead of hanging it.
            var error = await Assert.ThrowsAsync<TimeoutException>(() => publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), "blocked", 2m)))
                .WaitAsync(TimeSpan.FromMinutes(2));
            output.WriteLine($"failed after {started.Elapsed}: {error.Message}");
            Assert.True(started.Elapsed >= timeout, $"gave up after {started.Elapsed}, before the publish timeout {timeout}");
            Assert.Contains("the broker blocked publishing (low on memory)", error.Message, StringComparison.Ordinal);
            Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("blocked the publisher's connection: low on memory", StringComparison.Ordinal));

            // IBus.Publish under the alarm: bounded too, and the broker, reachable, is named as the likely blocker.
            var busError = await PublishFailsAtTheTimeoutAsync(() => bus.Services.GetRequiredService<MassTransit.IBus>().Publish(new OrderPlaced(Guid.NewGuid(), "bus-blocked", 2m)), timeout);
            Assert.Contains("memory or disk alarm", busError.Message, StringComparison.Ordinal);
        }
        finally
        {
            // Whatever happened above, the alarm is cleared before the bus is stopped: a bus stopping on a blocked node
            // can wait for it forever.
            await node.RabbitMqCtlOrThrowAsync("set_vm_memory_high_watermark", "0.4");
        }

        var after = new OrderPlaced(Guid.NewGuid(), "after", 3m);
        await publisher.PublishAsync(after);
        // The blocked one was taken when the alarm cleared too: its failure said "may or may not have been taken".
        await probe.WaitOneAsync("orders", c => ((OrderPlaced)c.Message).OrderId == after.OrderId);
    }

    private static async Task PublishCountedAsync(IMessagePublisher publisher, FaultCounts counts, string name)
    {
        var options = new PublishOptions { MessageId = Guid.NewGuid() };
        counts.Sent(options.MessageId!.Value);
        try
        {
            await publisher.PublishAsync(new OrderPlaced(Guid.NewGuid(), name, 1m), options);
            counts.Confirmed(options.MessageId.Value);
        }
        catch (Exception)
        {
            counts.Threw(options.MessageId.Value);
            throw;
        }
    }

    private static async Task PublishCountedAsync(MassTransit.IBus bus, FaultCounts counts, string name)
    {
        var id = Guid.NewGuid();
        counts.Sent(id);
        try
        {
            await MassTransit.PublishExecuteExtensions.Publish(bus, new OrderPlaced(Guid.NewGuid(), name, 1m), context => context.MessageId = id);
            counts.Confirmed(id);
        }
        catch (Exception)
        {
            counts.Threw(id);
            throw;
        }
    }
}
