using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Messaging.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests.Faults;

/// <summary>
/// 10,000 messages published in concurrent batches while the node is restarted gracefully once and killed
/// (<c>kill -9</c>) once, then started again on the same data: every message the broker confirmed is handled.
/// Duplicates are allowed (at-least-once) and reported.
/// </summary>
[Collection(OwnNodes.Name)]
public sealed class BrokerRestartTests(ITestOutputHelper output)
{
    private const int Messages = 10_000;
    private const int Batch = 100;

    public enum PublishPath
    {
        MessagePublisher,
        BusPublish,
    }

    [Theory]
    [InlineData(PublishPath.MessagePublisher)]
    [InlineData(PublishPath.BusPublish)]
    public async Task No_confirmed_message_is_lost_across_a_graceful_restart_and_a_kill(PublishPath path)
    {
        await using var node = new RabbitMqNode("restart");
        await node.StartAsync();
        var probe = new HandlerProbe();
        var logs = new CapturedLogs();
        await using var bus = await OwnNodes.StartBusAsync(probe, o => o.PublishTimeout = TimeSpan.FromMinutes(3), logs, node);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var counts = new FaultCounts();
        var started = Stopwatch.StartNew();

        Task PublishAsync(OrderPlaced order, Guid id) => path == PublishPath.MessagePublisher
            ? publisher.PublishAsync(order, new PublishOptions { MessageId = id })
            : bus.Bus.Publish(order, context => context.MessageId = id);

        Task PublishBatchAsync(int batch) => Task.WhenAll(Enumerable.Range(0, Batch).Select(async i =>
        {
            var id = NewId.NextGuid();
            counts.Sent(id);
            try
            {
                await PublishAsync(new OrderPlaced(id, $"restart-{batch}-{i}", i), id);
                counts.Confirmed(id);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                counts.Threw(id);
            }
        }));

        var stopping = Signal();
        var stopped = Signal();
        var killing = Signal();
        var killed = Signal();
        var restartDue = Signal();
        var killDue = Signal();

        // Batches are published one after the other, each 100 publishes at once. Around each fault some are under way
        // when it strikes, and the last batch before the node is back is published while it is down, whatever the speed.
        async Task PublishAllAsync()
        {
            var batch = 0;
            for (; batch < 30; batch++)
            {
                await PublishBatchAsync(batch);
            }

            restartDue.SetResult();
            await stopping.Task;
            for (; batch < 64; batch++)
            {
                await PublishBatchAsync(batch);
            }

            await stopped.Task;
            await PublishBatchAsync(batch++);
            for (; batch < 70; batch++)
            {
                await PublishBatchAsync(batch);
            }

            killDue.SetResult();
            await killing.Task;
            for (; batch < Messages / Batch - 1; batch++)
            {
                await PublishBatchAsync(batch);
            }

            await killed.Task;
            await PublishBatchAsync(batch);
        }

        string Progress() => $"sent={counts.SentCount} confirmed={counts.ConfirmedCount} threw={counts.ThrewCount}";

        async Task FaultsAsync()
        {
            await restartDue.Task;
            stopping.SetResult();
            await node.StopAsync();
            stopped.SetResult();
            output.WriteLine($"{started.Elapsed}: stopped gracefully at {Progress()}");
            await node.StartAsync();
            output.WriteLine($"{started.Elapsed}: started again at {Progress()}");
            await killDue.Task;
            killing.SetResult();
            await node.KillAsync();
            killed.SetResult();
            output.WriteLine($"{started.Elapsed}: killed at {Progress()}");
            await node.StartAsync();
            output.WriteLine($"{started.Elapsed}: started again at {Progress()}");
        }

        await Task.WhenAll(PublishAllAsync(), FaultsAsync()).WaitAsync(TimeSpan.FromMinutes(8));

        await PublishOutageTests.WaitConsumedAsync(probe, "orders", (counts, c => ((OrderPlaced)c.Message).Customer.StartsWith("restart-", StringComparison.Ordinal)));
        // The [Idempotent] handler of every order (queue rmq-orders-once) on the same broker faults: its calls are the effects.
        await probe.WaitAsync("orders-effects", counts.ConsumedCount, c => ((OrderPlaced)c.Message).Customer.StartsWith("restart-", StringComparison.Ordinal));
        counts.SetEffects(probe.Calls("orders-effects")
            .Where(c => ((OrderPlaced)c.Message).Customer.StartsWith("restart-", StringComparison.Ordinal))
            .GroupBy(c => c.Metadata.MessageId!.Value)
            .Select(g => new KeyValuePair<Guid, int>(g.Key, g.Count())));
        output.WriteLine($"{path}: {counts} ({started.Elapsed})");
        Assert.Equal(Messages, counts.SentCount);
        Assert.Equal(Messages, counts.ConfirmedCount + counts.ThrewCount);
        Assert.Equal(0, counts.Lost);
        Assert.Equal(counts.ConsumedCount, counts.EffectCount);
        Assert.Equal(0, counts.DoubleEffects);
        Assert.True(counts.ConfirmedCount > Messages / 2, $"most publishes should be confirmed: {counts}");

        // MassTransit logs S-FAULT for each failed attempt of a send; an attempt it makes again on a new connection is a
        // Warning, so Errors are at most the publishes that did fail.
        var sendFaults = logs.Lines.Where(l => l.Contains(": S-FAULT ", StringComparison.Ordinal)).ToList();
        var sendErrors = sendFaults.Count(l => l.StartsWith("Error ", StringComparison.Ordinal));
        output.WriteLine($"S-FAULT log entries: {sendFaults.Count - sendErrors} warnings (attempts sent again), {sendErrors} errors");
        foreach (var line in sendFaults.Where(l => l.StartsWith("Error ", StringComparison.Ordinal)).Take(3))
        {
            output.WriteLine(line);
        }

        Assert.InRange(sendErrors, 0, counts.ThrewCount);
    }

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
