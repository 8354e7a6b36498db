using System;

namespace Messaging.RabbitMq.Tests.Contracts;

// The messages of the broker tests. Every [Handler] of the assembly is registered on every test bus, and each test
// class has its own virtual host, so each scenario has its own message types and queues.

// Publish to a handler.
[Message("rmq.order-placed")]
public sealed record OrderPlaced(Guid OrderId, string Customer, decimal Total);
