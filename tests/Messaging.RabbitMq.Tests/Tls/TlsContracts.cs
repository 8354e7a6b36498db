using System;

namespace Messaging.RabbitMq.Tests.Tls;

/// <summary>The message the TLS tests send through the TLS-only broker.</summary>
[Message("tls.ping")]
public sealed record TlsPing(Guid Id, string Text);
