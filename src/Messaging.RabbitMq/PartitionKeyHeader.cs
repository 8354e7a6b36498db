using System;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Configuration;

namespace Messaging.RabbitMq;

/// <summary>Adds <see cref="PartitionKeyHeaderFilter{T}"/> to everything sent or published as <typeparamref name="T"/>.</summary>
internal sealed class PartitionKeyHeaderTopology<T>(Func<T, string> partitionKey) : IMessageSendTopology<T>
    where T : class
{
    public void Apply(ITopologyPipeBuilder<SendContext<T>> builder) => builder.AddFilter(new PartitionKeyHeaderFilter<T>(partitionKey));
}

/// <summary>
/// Writes the message's partition key into the <see cref="RabbitMqTopology.PartitionKeyHeader"/> header, which the
/// consistent-hash exchange of a partitioned queue hashes to pick the partition.
/// </summary>
internal sealed class PartitionKeyHeaderFilter<T>(Func<T, string> partitionKey) : IFilter<SendContext<T>>
    where T : class
{
    public Task Send(SendContext<T> context, IPipe<SendContext<T>> next)
    {
        context.Headers.Set(RabbitMqTopology.PartitionKeyHeader, partitionKey(context.Message) ?? string.Empty);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("partitionKeyHeader");
}
