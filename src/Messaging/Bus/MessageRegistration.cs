using System;
using System.Collections.Generic;

namespace Messaging;

/// <summary>A registered message type; the generic subclass holds what needs its type argument.</summary>
internal abstract class MessageRegistration
{
    public abstract Type MessageType { get; }

    public abstract string EntityName { get; }

    public abstract string MessageUrn { get; }

    public abstract void Merge(IReadOnlyList<QueueBinding> consumers);
}

/// <summary>A registered message type <typeparamref name="T"/> and its route.</summary>
internal sealed class MessageRegistration<T> : MessageRegistration
    where T : class
{
    private readonly List<QueueBinding> _consumers;

    public MessageRegistration(MessageRoute<T> route)
    {
        Route = route;
        _consumers = [.. route.Consumers];
    }

    public MessageRoute<T> Route { get; }

    public IReadOnlyList<QueueBinding> ConsumerQueues => _consumers;

    public override Type MessageType => typeof(T);

    public override string EntityName => Route.EntityName;

    public override string MessageUrn => Route.MessageUrn;

    public override void Merge(IReadOnlyList<QueueBinding> consumers)
    {
        foreach (var binding in consumers)
        {
            if (!_consumers.Contains(binding))
            {
                _consumers.Add(binding);
            }
        }
    }
}
