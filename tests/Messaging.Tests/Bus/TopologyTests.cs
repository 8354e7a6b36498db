using System;
using System.Linq;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.RetryPolicies;
using Messaging.Tests.Bus.Contracts;
using Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Messaging.Tests.Bus;

public sealed class TopologyTests
{
    [Fact]
    public void Registering_a_message_again_merges_its_queues_and_keeps_an_agreed_send_queue()
    {
        var builder = new MessagingBuilder(new ServiceCollection());

        builder.AddMessage(Route<Greet>([new QueueBinding("a", null)], sendQueue: "a"));
        builder.AddMessage(Route<Greet>([new QueueBinding("a", null), new QueueBinding("b", "x.*")], sendQueue: "a"));

        var registration = Assert.Single(builder.Messages);
        Assert.Equal([new QueueBinding("a", null), new QueueBinding("b", "x.*")], registration.ConsumerQueues);
        Assert.Equal("a", registration.SendQueue);
    }

    [Fact]
    public void Two_assemblies_naming_different_send_queues_leave_the_message_without_one()
    {
        var builder = new MessagingBuilder(new ServiceCollection());

        builder.AddMessage(Route<Greet>([new QueueBinding("a", null)], sendQueue: "a"));
        builder.AddMessage(Route<Greet>([new QueueBinding("b", null)], sendQueue: "b"));

        Assert.Null(Assert.Single(builder.Messages).SendQueue);
    }

    [Fact]
    public void Registering_a_consumer_again_changes_nothing()
    {
        var services = new ServiceCollection();
        var builder = new MessagingBuilder(services);

        for (var i = 0; i < 2; i++)
        {
            builder.AddConsumer<GreetConsumer, Greet>(new ConsumerRegistration { Queue = "greetings" }, static _ => new GreetConsumer());
        }

        Assert.Single(builder.Consumers);
        Assert.Single(services, d => d.ServiceType == typeof(GreetConsumer));
    }

    [Fact]
    public void Consumers_are_built_by_the_registered_factory_not_by_the_container()
    {
        var services = new ServiceCollection();
        services.AddMessaging(bus => bus.AddConsumer<GreetConsumer, Greet>(new ConsumerRegistration { Queue = "greetings" }, static _ => new GreetConsumer()))
            .UseInMemory();

        // MassTransit's own TryAddScoped<TConsumer>() found ours and added nothing.
        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(GreetConsumer));
        Assert.NotNull(descriptor.ImplementationFactory);
        Assert.Equal(ServiceLifetime.Scoped, descriptor.Lifetime);
    }

    [Fact]
    public void Queue_takes_the_largest_prefetch_and_concurrency_its_handlers_ask_for()
    {
        var builder = new MessagingBuilder(new ServiceCollection());
        builder.AddConsumer<GreetConsumer, Greet>(new ConsumerRegistration { Queue = "shared", PrefetchCount = 10, ConcurrencyLimit = 2 }, static _ => new GreetConsumer());
        builder.AddConsumer<TickConsumer, Tick>(new ConsumerRegistration { Queue = "shared", PrefetchCount = 4, ConcurrencyLimit = 6 }, static _ => new TickConsumer());
        builder.AddConsumer<OtherTickConsumer, Tick>(new ConsumerRegistration { Queue = "other" }, static _ => new OtherTickConsumer());

        var queues = builder.BuildTopology().Queues;

        Assert.Equal(["shared", "other"], queues.Select(q => q.Name));
        Assert.Equal((10, 6, 2), (queues[0].PrefetchCount, queues[0].ConcurrencyLimit, queues[0].Consumers.Count));
        Assert.Equal((0, 0), (queues[1].PrefetchCount, queues[1].ConcurrencyLimit));
        Assert.False(queues[0].IsPartitioned);
    }

    [Fact]
    public void Queue_consuming_a_partitioned_message_gets_one_partition_per_concurrent_message()
    {
        var builder = new MessagingBuilder(new ServiceCollection());
        builder.AddMessage(new MessageRoute<CustomerActivity>
        {
            EntityName = "activity",
            MessageUrn = "urn:message:Messaging.Tests.Bus.Contracts:CustomerActivity",
            PartitionKey = static m => m.CustomerId,
        });
        builder.AddConsumer<ActivityConsumer, CustomerActivity>(new ConsumerRegistration { Queue = "limited", ConcurrencyLimit = 3 }, static _ => new ActivityConsumer());
        builder.AddConsumer<OtherActivityConsumer, CustomerActivity>(new ConsumerRegistration { Queue = "default" }, static _ => new OtherActivityConsumer());

        var queues = builder.BuildTopology().Queues;

        Assert.True(queues[0].IsPartitioned);
        Assert.Equal(3, queues[0].PartitionCount);
        Assert.Equal(
            ["queue:limited.partition-0", "queue:limited.partition-1", "queue:limited.partition-2"],
            queues[0].PartitionAddresses.Select(a => a.ToString()));
        Assert.Equal(MessagingTopology.DefaultPartitionCount, queues[1].PartitionCount);
    }

    [Fact]
    public void Partition_of_a_key_is_stable_and_spreads_keys_over_the_partitions()
    {
        // FNV-1a: fixed for all processes and versions, so durable partition queues keep their keys.
        Assert.Equal((int)(0x811C9DC5u % 8), PartitionDispatcher<Tick>.PartitionOf("", 8));
        Assert.Equal((int)(0xE40C292Cu % 8), PartitionDispatcher<Tick>.PartitionOf("a", 8));

        var counts = new int[8];
        for (var i = 0; i < 8_000; i++)
        {
            counts[PartitionDispatcher<Tick>.PartitionOf("customer-" + i, 8)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 800, 1_200));
    }

    [Fact]
    public void Send_convention_is_mapped_for_an_unmapped_command_and_an_application_mapping_is_left_alone()
    {
        var builder = new MessagingBuilder(new ServiceCollection());
        builder.AddMessage(new MessageRoute<UnmappedCommand> { EntityName = "u", MessageUrn = "urn:message:u", SendQueue = "generated" });
        builder.AddMessage(new MessageRoute<MappedCommand> { EntityName = "m", MessageUrn = "urn:message:m", SendQueue = "generated" });
        EndpointConvention.Map<MappedCommand>(new Uri("queue:chosen-by-the-application"));

        foreach (var message in builder.Messages)
        {
            message.MapSendConvention();
            message.MapSendConvention();
        }

        Assert.True(EndpointConvention.TryGetDestinationAddress<UnmappedCommand>(out var generated));
        Assert.Equal(new Uri("queue:generated"), generated);
        Assert.True(EndpointConvention.TryGetDestinationAddress<MappedCommand>(out var chosen));
        Assert.Equal(new Uri("queue:chosen-by-the-application"), chosen);
    }

    [Fact]
    public void Retry_kinds_become_the_matching_MassTransit_policies()
    {
        var immediate = Policy(new RetryPolicy { Kind = RetryKind.Immediate, Count = 3 });
        var interval = Policy(new RetryPolicy { Kind = RetryKind.Interval, Count = 2, Interval = TimeSpan.FromMilliseconds(200) });
        var incremental = Policy(new RetryPolicy
        {
            Kind = RetryKind.Incremental, Count = 4, Interval = TimeSpan.FromMilliseconds(100), Increment = TimeSpan.FromMilliseconds(50),
        });
        var exponential = Policy(new RetryPolicy
        {
            Kind = RetryKind.Exponential, Count = 5, Interval = TimeSpan.FromMilliseconds(100), MaxInterval = TimeSpan.FromMilliseconds(500),
        });

        Assert.Equal(3, Assert.IsType<ImmediateRetryPolicy>(immediate).RetryLimit);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200)], Assert.IsType<IntervalRetryPolicy>(interval).Intervals);
        var incrementalPolicy = Assert.IsType<IncrementalRetryPolicy>(incremental);
        Assert.Equal((4, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(50)), (incrementalPolicy.RetryLimit, incrementalPolicy.InitialInterval, incrementalPolicy.IntervalIncrement));
        var exponentialPolicy = Assert.IsType<ExponentialRetryPolicy>(exponential);
        Assert.Equal(5, exponentialPolicy.RetryLimit);
        // The interval, doubling, capped at the maximum. MassTransit 8.5 jitters twice: the policy draws each step's
        // wait once (±20%, capped at the maximum), and every retry scales it again (±25%): 0.6x-1.5x the nominal wait.
        for (var draw = 0; draw < 200; draw++)
        {
            Assert.InRange(exponentialPolicy.GetRetryInterval(0).TotalMilliseconds, 100 * 0.6, 100 * 1.5);
            Assert.InRange(exponentialPolicy.GetRetryInterval(1).TotalMilliseconds, 200 * 0.6, 200 * 1.5);
            Assert.InRange(exponentialPolicy.GetRetryInterval(2).TotalMilliseconds, 400 * 0.6, 400 * 1.5);
            Assert.InRange(exponentialPolicy.GetRetryInterval(4).TotalMilliseconds, 500 * 0.75, 500 * 1.25);
        }
    }

    [Fact]
    public void Exponential_retry_without_a_maximum_keeps_doubling()
    {
        var policy = Assert.IsType<ExponentialRetryPolicy>(Policy(new RetryPolicy { Kind = RetryKind.Exponential, Count = 3, Interval = TimeSpan.FromSeconds(1) }));

        // 4 s nominal; MassTransit 8.5's two jitters (see above) keep it between 2.4 s and 6 s.
        for (var draw = 0; draw < 200; draw++)
        {
            Assert.InRange(policy.GetRetryInterval(2).TotalMilliseconds, 4_000 * 0.6, 4_000 * 1.5);
        }
    }

    [Fact]
    public void Ignored_exception_types_are_not_handled_by_the_retry_policy()
    {
        var policy = Policy(new RetryPolicy { Kind = RetryKind.Immediate, Count = 2, Ignore = [typeof(ArgumentException)] });

        Assert.False(policy.IsHandled(new ArgumentException("no")));
        Assert.False(policy.IsHandled(new ArgumentNullException("derived")));
        Assert.True(policy.IsHandled(new InvalidOperationException("yes")));
    }

    private static IRetryPolicy Policy(RetryPolicy policy) => Retry.CreatePolicy(r => RetryPolicies.Apply(r, policy));

    private static MessageRoute<T> Route<T>(QueueBinding[] consumers, string? sendQueue)
        where T : class =>
        new() { EntityName = typeof(T).Name, MessageUrn = "urn:message:" + typeof(T).Name, Consumers = consumers, SendQueue = sendQueue };

    public sealed class UnmappedCommand;

    public sealed class MappedCommand;

    private sealed class GreetConsumer : IConsumer<Greet>
    {
        public Task Consume(ConsumeContext<Greet> context) => Task.CompletedTask;
    }

    private sealed class TickConsumer : IConsumer<Tick>
    {
        public Task Consume(ConsumeContext<Tick> context) => Task.CompletedTask;
    }

    private sealed class OtherTickConsumer : IConsumer<Tick>
    {
        public Task Consume(ConsumeContext<Tick> context) => Task.CompletedTask;
    }

    private sealed class ActivityConsumer : IConsumer<CustomerActivity>
    {
        public Task Consume(ConsumeContext<CustomerActivity> context) => Task.CompletedTask;
    }

    private sealed class OtherActivityConsumer : IConsumer<CustomerActivity>
    {
        public Task Consume(ConsumeContext<CustomerActivity> context) => Task.CompletedTask;
    }
}
