using System;

namespace Messaging;

/// <summary>
/// A stored (outbox) message that can never be published by this bus: its type is not registered, or its body does not
/// deserialize. Retrying does not help; an outbox sets such a message aside.
/// </summary>
public sealed class UnpublishableMessageException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public UnpublishableMessageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnpublishableMessageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UnpublishableMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
