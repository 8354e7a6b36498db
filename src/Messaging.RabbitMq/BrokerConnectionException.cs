using System;

namespace Messaging.RabbitMq;

/// <summary>
/// A connection to RabbitMQ could not be opened: the bus's start (within <see cref="RabbitMqOptions.StartTimeout"/>) or
/// an <see cref="IMessagePublisher"/> publish that had to connect. The message names the broker
/// (<c>amqp://user:***@host:port/vhost</c>, never the password), what went wrong and what to check; the inner exception
/// is RabbitMQ.Client's.
/// </summary>
public sealed class BrokerConnectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the connection failed.</param>
    /// <param name="message">What went wrong, where, and what to do.</param>
    /// <param name="innerException">RabbitMQ.Client's exception.</param>
    public BrokerConnectionException(BrokerConnectionFailure failure, string message, Exception? innerException)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Why the connection failed.</summary>
    public BrokerConnectionFailure Failure { get; }
}
