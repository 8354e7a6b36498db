using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using Messaging.Tests.EndToEnd.Contracts;
using Messaging.Tests.EndToEnd.Handlers;
using Messaging.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.EndToEnd;

/// <summary>
/// <c>[Idempotent]</c> handlers on the in-memory bus with the default in-memory inbox: a message id is handled once per
/// queue, however often it is delivered.
/// </summary>
public sealed class IdempotentTests
{
    [Fact]
    public async Task Message_published_twice_under_one_id_is_handled_once()
    {
        await using var bus = await StartAsync();
        var counter = Connect(bus);
        var id = NewId.NextGuid();
        var credit = new CreditAccount(Guid.NewGuid(), 10m, FailuresBeforeSuccess: 0);

        await bus.Bus.Publish(credit, context => context.MessageId = id);
        await bus.Bus.Publish(credit, context => context.MessageId = id);

        await counter.WaitAsync(id, 2);
        Assert.Single(bus.Probe.Calls("credits"));
        Assert.Equal(1, bus.Services.GetRequiredService<AttemptLog>().Count(credit.CreditId));
    }

    [Fact]
    public async Task Messages_with_different_ids_are_each_handled()
    {
        await using var bus = await StartAsync();
        var credit = new CreditAccount(Guid.NewGuid(), 10m, FailuresBeforeSuccess: 0);

        await bus.Bus.Publish(credit, context => context.MessageId = NewId.NextGuid());
        await bus.Bus.Publish(credit, context => context.MessageId = NewId.NextGuid());

        Assert.Equal(2, (await bus.Probe.WaitAsync("credits", 2)).Count);
    }

    [Fact]
    public async Task Failed_attempts_leave_no_record_so_the_retry_runs_and_a_later_duplicate_does_not()
    {
        await using var bus = await StartAsync();
        var counter = Connect(bus);
        var id = NewId.NextGuid();
        var credit = new CreditAccount(Guid.NewGuid(), 10m, FailuresBeforeSuccess: 2);

        await bus.Bus.Publish(credit, context => context.MessageId = id);
        var call = await bus.Probe.WaitOneAsync("credits");
        await bus.Bus.Publish(credit, context => context.MessageId = id);
        await counter.WaitAsync(id, 2);

        Assert.Equal(3, call.DetailAs<int>());
        Assert.Single(bus.Probe.Calls("credits"));
        Assert.Equal(3, bus.Services.GetRequiredService<AttemptLog>().Count(credit.CreditId));
    }

    [Fact]
    public async Task Duplicates_delivered_at_once_are_handled_once()
    {
        await using var bus = await StartAsync();
        var counter = Connect(bus);
        var id = NewId.NextGuid();
        var credit = new CreditAccount(Guid.NewGuid(), 1m, FailuresBeforeSuccess: 0);

        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => bus.Bus.Publish(credit, context => context.MessageId = id)));

        await counter.WaitAsync(id, 25);
        Assert.Single(bus.Probe.Calls("credits"));
    }

    [Fact]
    public async Task Static_handler_without_services_is_idempotent_too()
    {
        await using var bus = await StartAsync();
        var counter = Connect(bus);
        var id = NewId.NextGuid();
        var visit = new StampVisit(Guid.NewGuid());

        await bus.Bus.Publish(visit, context => context.MessageId = id);
        await bus.Bus.Publish(visit, context => context.MessageId = id);

        await counter.WaitAsync(id, 2);
        Assert.Equal(1, IdempotentHandlers.StampsOf(visit.VisitId));
    }

    [Fact]
    public async Task Partitioned_queue_handles_each_id_once_per_key_in_order()
    {
        await using var bus = await StartAsync();
        var counter = Connect(bus);
        var ids = Enumerable.Range(0, 6).Select(_ => NewId.NextGuid()).ToArray();

        for (var i = 0; i < ids.Length; i++)
        {
            var entry = new PostJournal(i % 2 == 0 ? "even" : "odd", i);
            await bus.Bus.Publish(entry, context => context.MessageId = ids[i]);
            await bus.Bus.Publish(entry, context => context.MessageId = ids[i]);
        }

        // Each delivery completes twice: on the queue (the partition dispatcher) and on its partition (handled or skipped).
        foreach (var id in ids)
        {
            await counter.WaitAsync(id, 4);
        }

        var calls = bus.Probe.Calls("journal");
        Assert.Equal(6, calls.Count);
        Assert.Equal([0, 2, 4], calls.Select(c => (PostJournal)c.Message).Where(e => e.Account == "even").Select(e => e.Sequence));
    }

    private static Task<EndToEndBus> StartAsync() =>
        EndToEndBus.StartAsync(services => services.AddSingleton<AttemptLog>());

    private static DeliveryCounter Connect(EndToEndBus bus)
    {
        var counter = new DeliveryCounter();
        bus.Bus.ConnectConsumeObserver(counter);
        return counter;
    }
}
