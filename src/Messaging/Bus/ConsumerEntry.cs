using MassTransit;

namespace Messaging;

/// <summary>A registered consumer; the generic subclass configures it with its type arguments.</summary>
internal abstract class ConsumerEntry
{
    protected ConsumerEntry(ConsumerRegistration registration)
    {
        Registration = registration;
    }

    public ConsumerRegistration Registration { get; }
}

/// <summary>A registered consumer <typeparamref name="TConsumer"/> of <typeparamref name="TMessage"/>.</summary>
internal sealed class ConsumerEntry<TConsumer, TMessage> : ConsumerEntry
    where TConsumer : class, IConsumer<TMessage>
    where TMessage : class
{
    public ConsumerEntry(ConsumerRegistration registration)
        : base(registration)
    {
    }
}
