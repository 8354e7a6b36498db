using System;

namespace Messaging.RabbitMq;

/// <summary>
/// A message was delivered more often than <see cref="RabbitMqOptions.MaxDeliveries"/> allows without being acknowledged;
/// it is moved to its queue's <c>_error</c> queue with this exception as the reason.
/// </summary>
public sealed class DeliveryLimitExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DeliveryLimitExceededException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DeliveryLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DeliveryLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
