using System;
using System.IO;
using MassTransit;
using MassTransit.Logging;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace Messaging.RabbitMq;

/// <summary>
/// The MassTransit log context a bounded publish (<see cref="PublishDeadline"/>) runs under: MassTransit's own loggers,
/// except that its <c>S-FAULT</c> entry for an attempt that failed because the connection went away — an attempt
/// MassTransit makes again on a new connection — is written as a Warning instead of an Error. A publish that finally
/// fails says so to its caller (a <see cref="TimeoutException"/> at <see cref="RabbitMqOptions.PublishTimeout"/>), so an
/// Error for each retried attempt would report failures that did not happen. A send that fails for any other reason
/// (a refusal, a message too large) keeps its Error.
/// </summary>
internal static class RetriedSendLogging
{
    /// <summary>A log context over <paramref name="loggerFactory"/> that writes retried send attempts as Warnings.</summary>
    public static ILogContext Create(ILoggerFactory loggerFactory) => new BusLogContext(new Factory(loggerFactory));

    /// <summary>
    /// Whether MassTransit sends again after <paramref name="exception"/>: the connection or channel lost (its host's
    /// send retry policy handles these, and nothing else).
    /// </summary>
    internal static bool IsRetried(Exception? exception) => exception switch
    {
        ConnectionException or AlreadyClosedException or EndOfStreamException => true,
        OperationInterruptedException { ShutdownReason: { } reason } => reason.ReplyCode is not (404 or 403 or 406),
        _ => false,
    };

    // Wraps the application's factory without owning it: disposing this one leaves the application's alone.
    private sealed class Factory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new Logger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull =>
            inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error && IsRetried(exception) && formatter(state, exception).StartsWith("S-FAULT ", StringComparison.Ordinal))
            {
                logLevel = LogLevel.Warning;
            }

            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
