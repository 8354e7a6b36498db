namespace Messaging;

/// <summary>How a message's exchange (topic) routes it to the queues bound to it.</summary>
public enum ExchangeKind
{
    /// <summary>Every bound queue gets every message. Messages without a <see cref="RoutingKeyAttribute"/>.</summary>
    Fanout = 0,

    /// <summary>A queue gets the messages whose routing key equals its binding key. <c>[Message(DirectExchange = true)]</c>.</summary>
    Direct,

    /// <summary>A queue gets the messages whose routing key matches its binding pattern (<c>*</c> one word, <c>#</c> any). Messages with a <see cref="RoutingKeyAttribute"/>.</summary>
    Topic,

    /// <summary>A queue gets the messages whose headers match its binding (all or any of them). Messages with a <see cref="RoutingHeaderAttribute"/>.</summary>
    Headers,
}
