using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Tests.Bus.Infrastructure;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

public sealed class PartitionKeyTests
{
    // [Handler(Queue = "e2e-ledger", ConcurrencyLimit = 4)]: four partitions.
    private const int Partitions = 4;

    [Fact]
    public async Task Messages_with_the_same_partition_key_are_handled_in_publish_order_one_at_a_time_while_keys_run_concurrently()
    {
        const int perAccount = 25;
        // Accounts on different partitions, so that the probe's gate (the first account waits for another to start)
        // can only open when partitions run concurrently.
        var accounts = AccountsOnDistinctPartitions();
        var probe = new LedgerProbe { GatedAccount = accounts[0], Expected = perAccount * accounts.Length };
        await using var bus = await EndToEndBus.StartAsync(services => services.AddSingleton(probe));

        for (var sequence = 0; sequence < perAccount; sequence++)
        {
            foreach (var account in accounts)
            {
                await bus.Bus.Publish(new LedgerEntry(account, sequence));
            }
        }

        await probe.AllDone.WaitAsync(HandlerProbe.Timeout);
        Assert.All(accounts, account => Assert.Equal(Enumerable.Range(0, perAccount), probe.StartOrder(account)));
        Assert.Equal(1, probe.MaxSameAccountInFlight);
        Assert.True(probe.MaxAccountsInFlight >= 2, $"accounts never overlapped (at most {probe.MaxAccountsInFlight} in flight)");
    }

    [Fact]
    public async Task Partitioned_handler_queue_has_an_ordered_dispatcher_and_one_single_file_queue_per_partition()
    {
        await using var bus = await EndToEndBus.StartAsync(endpointStart: InMemoryEndpointStart.WithBus);

        var endpoints = BusProbe.ReceiveEndpoints(bus.Bus);

        Assert.Equal(1, endpoints["e2e-ledger"].ConcurrentMessageLimit);
        for (var partition = 0; partition < Partitions; partition++)
        {
            Assert.Equal(1, endpoints[$"e2e-ledger.partition-{partition}"].ConcurrentMessageLimit);
        }

        Assert.False(endpoints.ContainsKey($"e2e-ledger.partition-{Partitions}"));
        Assert.Equal(["e2e-ledger"], BusProbe.ExchangeSinks(bus.Bus, "Messaging.Tests.EndToEnd.Contracts:LedgerEntry"));
    }

    private static string[] AccountsOnDistinctPartitions()
    {
        var byPartition = new SortedDictionary<int, string>();
        for (var i = 0; byPartition.Count < Partitions; i++)
        {
            var account = "account-" + i;
            byPartition.TryAdd(PartitionDispatcher<LedgerEntry>.PartitionOf(account, Partitions), account);
        }

        return [.. byPartition.Values];
    }
}
