using System;
using System.Diagnostics;
using System.Linq;
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
/// A three-node cluster of the test's own, the bus and the publisher given all three in one multi-host AMQP URI
/// (<see cref="RabbitMqOptions.SetUri"/>, which sets <see cref="RabbitMqOptions.Hosts"/>),
/// a quorum queue: the node both are connected to is stopped while they publish, and both carry on through another.
/// </summary>
[Collection(OwnNodes.Name)]
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private const int Batch = 50;
    private const decimal PublisherAmount = 1m;
    private const decimal BusAmount = 2m;

    [Fact]
    public async Task Publishing_and_consuming_carry_on_through_another_node_when_the_connected_one_stops()
    {
        var cookie = RabbitMqNode.NewCookie();
        await using var first = new RabbitMqNode("cluster", cookie: cookie);
        await using var second = new RabbitMqNode("cluster", cookie: cookie);
        await using var third = new RabbitMqNode("cluster", cookie: cookie);
        await Task.WhenAll(first.StartAsync(), second.StartAsync(), third.StartAsync());
        await second.JoinClusterAsync(first);
        await third.JoinClusterAsync(first);

        var probe = new HandlerProbe();
        // The first node is listed first: both connect to it, and it is the one stopped.
        // The nodes given as one multi-host AMQP URI, as a hosting platform's setting would give them.
        await using var bus = await OwnNodes.StartBusAsync(probe, o =>
        {
            o.SetUri($"amqp://guest:guest@127.0.0.1:{first.AmqpPort},127.0.0.1:{second.AmqpPort},127.0.0.1:{third.AmqpPort}/");
            Assert.Equal(3, o.Hosts.Count);
            o.PublishTimeout = TimeSpan.FromMinutes(3);
        }, nodes: [first]);
        var publisher = bus.Services.GetRequiredService<IMessagePublisher>();
        var viaPublisher = new FaultCounts();
        var viaBus = new FaultCounts();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var failoverDue = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DateTime stopIssued = default;

        async Task PublishOneAsync(FaultCounts counts, bool throughBus)
        {
            var id = NewId.NextGuid();
            counts.Sent(id);
            try
            {
                // The amount says which path published it.
                var posting = new LedgerPosting(id, throughBus ? BusAmount : PublisherAmount);
                await (throughBus ? bus.Bus.Publish(posting, c => c.MessageId = id) : publisher.PublishAsync(posting, new PublishOptions { MessageId = id }));
                counts.Confirmed(id);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                counts.Threw(id);
            }
        }

        Task PublishBatchAsync() => Task.WhenAll(Enumerable.Range(0, Batch).Select(i => PublishOneAsync(i % 2 == 0 ? viaPublisher : viaBus, i % 2 == 1)));

        // Under load when the node stops: batches are under way as it goes, and one is published while it is down.
        async Task PublishAllAsync()
        {
            for (var batch = 0; batch < 20; batch++)
            {
                await PublishBatchAsync();
            }

            failoverDue.SetResult();
            await stopping.Task;
            for (var batch = 0; batch < 10; batch++)
            {
                await PublishBatchAsync();
            }

            await stopped.Task;
            for (var batch = 0; batch < 20; batch++)
            {
                await PublishBatchAsync();
            }
        }

        async Task FailoverAsync()
        {
            await failoverDue.Task;
            stopIssued = DateTime.UtcNow;
            stopping.SetResult();
            await first.StopAsync();
            stopped.SetResult();
        }

        await Task.WhenAll(PublishAllAsync(), FailoverAsync()).WaitAsync(TimeSpan.FromMinutes(8));
        await PublishOutageTests.WaitConsumedAsync(probe, "ledger", (viaPublisher, c => ((LedgerPosting)c.Message).Amount == PublisherAmount),
            (viaBus, c => ((LedgerPosting)c.Message).Amount == BusAmount));

        output.WriteLine($"IMessagePublisher: {viaPublisher}");
        output.WriteLine($"IBus.Publish:      {viaBus}");
        var calls = probe.Calls("ledger").OrderBy(c => c.At).ToList();
        var gap = calls.Zip(calls.Skip(1)).Where(p => p.Second.At >= stopIssued).Select(p => p.Second.At - p.First.At).DefaultIfEmpty().Max();
        output.WriteLine($"Longest pause in consumption after the stop was issued: {gap.TotalSeconds:F1} s");
        Assert.Equal(0, viaPublisher.Lost);
        Assert.Equal(0, viaBus.Lost);
        Assert.Equal(0, viaPublisher.ThrewCount);
        Assert.True(gap < TimeSpan.FromSeconds(60), $"consumption paused for {gap} after the node stopped");
    }
}
