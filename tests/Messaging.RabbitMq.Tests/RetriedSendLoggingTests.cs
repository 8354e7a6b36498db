using System;
using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using Xunit;

namespace Messaging.RabbitMq.Tests;

/// <summary>
/// MassTransit's S-FAULT entry for a send attempt it makes again (the connection went away) is a Warning under a bounded
/// publish; every other Error stays an Error.
/// </summary>
public sealed class RetriedSendLoggingTests
{
    private static readonly Action<ILogger, string, Exception?> s_sendFault =
        LoggerMessage.Define<string>(LogLevel.Error, default, "S-FAULT {DestinationAddress}");

    private static readonly Action<ILogger, string, Exception?> s_consumeFault =
        LoggerMessage.Define<string>(LogLevel.Error, default, "R-FAULT {InputAddress}");

    public static TheoryData<string, Exception, string> Entries() => new()
    {
        { "S-FAULT", new AlreadyClosedException(new ShutdownEventArgs(ShutdownInitiator.Peer, 320, "CONNECTION_FORCED - broker forced connection closure")), "Warning" },
        { "S-FAULT", new OperationInterruptedException(new ShutdownEventArgs(ShutdownInitiator.Peer, 320, "CONNECTION_FORCED")), "Warning" },
        { "S-FAULT", new MassTransit.ConnectionException("The connection was lost"), "Warning" },
        // A refusal is not sent again: it stays an Error.
        { "S-FAULT", new OperationInterruptedException(new ShutdownEventArgs(ShutdownInitiator.Peer, 404, "NOT_FOUND - no exchange")), "Error" },
        { "S-FAULT", new InvalidOperationException("the serializer threw"), "Error" },
        // Not a send: a consume fault with a lost connection stays an Error.
        { "R-FAULT", new AlreadyClosedException(new ShutdownEventArgs(ShutdownInitiator.Peer, 320, "CONNECTION_FORCED")), "Error" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void An_entry_keeps_its_level_unless_it_is_a_send_attempt_made_again(string entry, Exception exception, string level)
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var logger = RetriedSendLogging.Create(factory).Logger;

        (entry == "S-FAULT" ? s_sendFault : s_consumeFault)(logger, "rabbitmq://localhost/orders", exception);

        var line = Assert.Single(logs.Lines);
        Assert.StartsWith($"{level} MassTransit: {entry} rabbitmq://localhost/orders", line, StringComparison.Ordinal);
    }
}
