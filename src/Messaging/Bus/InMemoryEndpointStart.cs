namespace Messaging;

/// <summary>When the in-memory transport starts the receive endpoints of the handler queues.</summary>
public enum InMemoryEndpointStart
{
    /// <summary>
    /// A queue's endpoints are connected when the first message that can reach the queue is published or sent through
    /// the bus (the default). The bus starts in constant time however many handlers it has; the first message to a
    /// queue pays for its endpoint (about 10 ms). Nothing is lost: the queue is bound before that message goes on.
    /// </summary>
    OnFirstMessage,

    /// <summary>
    /// Every queue's endpoints are created and started with the bus, as on a broker: start-up grows with the number
    /// of queues, and an endpoint that cannot be configured fails the bus start rather than a first publish.
    /// </summary>
    WithBus,
}
