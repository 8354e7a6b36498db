using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Contracts;
using Messaging.RabbitMq.Tests.Infrastructure;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>[PartitionKey] over the consistent-hash exchange, with two instances of the service.</summary>
public sealed class PartitionKeyTests(VirtualHostFixture vhost) : IClassFixture<VirtualHostFixture>
{
    private static readonly string[] s_accounts = ["acct-1", "acct-2", "acct-3", "acct-4", "acct-5", "acct-6"];

    [Fact]
    public async Task Queue_is_a_consistent_hash_exchange_over_single_active_consumer_partitions()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        var exchange = (await Broker.GetExchangeAsync(vhost.Name, "rmq-accounts"))!.Value;
        Assert.Equal("x-consistent-hash", exchange.GetProperty("type").GetString());
        Assert.Equal("Messaging-PartitionKey", exchange.GetProperty("arguments").GetProperty("hash-header").GetString());
        var hashBindings = (await Broker.GetBindingsFromAsync(vhost.Name, "rmq-accounts")).EnumerateArray().ToList();
        // The ring: one binding per partition, to the partition's own exchange (bound to its queue), as every version
        // has bound it — a second binding per partition would move keys to other partitions.
        Assert.All(hashBindings, b => Assert.Equal("exchange", b.GetProperty("destination_type").GetString()));
        Assert.All(hashBindings, b => Assert.Equal("1", b.GetProperty("routing_key").GetString()));
        var partitions = hashBindings.Select(b => b.GetProperty("destination").GetString()).Order(StringComparer.Ordinal).ToList();
        var fromMessage = Assert.Single((await Broker.GetBindingsFromAsync(vhost.Name, "rmq.account-entry")).EnumerateArray());
        Assert.Equal(("rmq-accounts", "exchange"), (fromMessage.GetProperty("destination").GetString(), fromMessage.GetProperty("destination_type").GetString()));
        // [Handler(ConcurrencyLimit = 4)]: four partitions.
        Assert.Equal(["rmq-accounts.partition-0", "rmq-accounts.partition-1", "rmq-accounts.partition-2", "rmq-accounts.partition-3"], partitions);
        foreach (var partition in partitions)
        {
            var queue = (await Broker.GetQueueAsync(vhost.Name, partition!))!.Value;
            Assert.True(queue.GetProperty("arguments").GetProperty("x-single-active-consumer").GetBoolean());
        }
    }

    [Fact]
    public async Task Two_instances_handle_each_accounts_entries_in_order_and_the_second_takes_over_when_the_first_stops()
    {
        var probe = new HandlerProbe();
        var first = await RabbitBus.StartAsync(vhost.Name, probe, "first");
        await using var second = await RabbitBus.StartAsync(vhost.Name, probe, "second");
        const int PerAccount = 30;
        var published = 0;

        // Interleaved: entry n of every account, then n + 1.
        async Task PublishAsync(RabbitBus bus, int from, int to)
        {
            for (var sequence = from; sequence < to; sequence++)
            {
                foreach (var account in s_accounts)
                {
                    await bus.Bus.Publish(new AccountEntry(account, sequence));
                    published++;
                }
            }
        }

        await PublishAsync(first, 0, PerAccount / 2);
        await probe.WaitAsync("accounts", published / 2);
        // The first instance goes away mid-stream; the broker hands its partitions to the second.
        await first.DisposeAsync();
        await PublishAsync(second, PerAccount / 2, PerAccount);

        var calls = await probe.WaitAsync("accounts", published);
        foreach (var account in s_accounts)
        {
            var sequences = calls.Select(c => (AccountEntry)c.Message).Where(e => e.Account == account).Select(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range(0, PerAccount), sequences);
        }

        // Both instances did work: the first until it stopped, the second after.
        Assert.Contains(calls, c => c.Bus == "first");
        Assert.Contains(calls, c => c.Bus == "second");
        // Keys were spread over more than one partition.
        Assert.True(calls.Select(c => c.Queue).Distinct().Count() > 1, "every account hashed to the same partition");
        Assert.All(calls, c => Assert.StartsWith("rmq-accounts.partition-", c.Queue, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Binding_of_a_partitioned_queue_filters_what_is_published_but_not_what_is_sent_to_the_queue()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync(vhost.Name, probe);

        // Published: the eu.* binding routes the eu booking and not the us one.
        await bus.Bus.Publish(new FreightBooked("us.east", "lane-1", 1));
        await bus.Bus.Publish(new FreightBooked("eu.west", "lane-1", 2));
        // Sent to the queue (its consistent-hash exchange, by the generated convention): bindings do not apply.
        await bus.Bus.Send(new FreightBooked("us.west", "lane-2", 3));

        var calls = await probe.WaitAsync("freight", 2);
        Assert.Equal([2, 3], calls.Select(c => ((FreightBooked)c.Message).Number).Order());
        await Task.Delay(500);
        Assert.Equal(2, probe.Calls("freight").Count);
    }
}
