namespace Messaging.RabbitMq;

/// <summary>Why a connection to RabbitMQ could not be opened (<see cref="BrokerConnectionException.Failure"/>).</summary>
public enum BrokerConnectionFailure
{
    /// <summary>
    /// Nothing answered at the host and port, or the connection did not finish opening in time (a wrong host or port, a
    /// broker that is down, a firewall, a TLS handshake that failed).
    /// </summary>
    Unreachable,

    /// <summary>The broker refused the user name and password (<c>ACCESS_REFUSED</c>), or the user's access to the virtual host.</summary>
    AccessRefused,

    /// <summary>The virtual host does not exist on the broker.</summary>
    VirtualHostNotFound,
}
