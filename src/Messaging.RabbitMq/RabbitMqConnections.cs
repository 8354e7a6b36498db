using System;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Messaging.RabbitMq;

/// <summary>
/// Opens RabbitMQ.Client connections as the options say, and turns a failure into a <see cref="BrokerConnectionException"/>
/// that names the broker, the user and the virtual host (never the password) and says what to check.
/// </summary>
internal static class RabbitMqConnections
{
    /// <summary>
    /// The client's limit on a received message body: 512 MiB, the largest <c>max_message_size</c> a broker can have, so no
    /// message the broker accepts makes the client drop its connection (RabbitMQ.Client's default, 64 MiB, is below the
    /// broker's default of 128 MiB: a larger message then closes the consumer's connection on every delivery, for good).
    /// <see cref="RabbitMqOptions.MaxMessageSize"/> is enforced above the client, where a message over it can be moved
    /// to the error queue instead.
    /// </summary>
    public const uint InboundMessageBodyLimit = RabbitMqOptions.BrokerMaxMessageSizeLimit;

    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromSeconds(5);

    public static ConnectionFactory CreateFactory(RabbitMqOptions options, string clientProvidedName) => new()
    {
        HostName = options.Host,
        Port = options.EffectivePort,
        VirtualHost = options.VirtualHost,
        UserName = options.UserName,
        Password = options.Password,
        ClientProvidedName = clientProvidedName,
        AutomaticRecoveryEnabled = false,
        TopologyRecoveryEnabled = false,
        MaxInboundMessageBodySize = InboundMessageBodyLimit,
        Ssl = options.Tls.Enabled ? RabbitMqTls.CreateSslOption(options) : new SslOption(),
    };

    /// <summary>
    /// Opens a connection, trying again while the broker is unreachable until <paramref name="timeout"/> has passed;
    /// refused credentials and a missing virtual host fail at once, since trying again cannot help.
    /// </summary>
    /// <exception cref="BrokerConnectionException">The connection could not be opened.</exception>
    public static async Task<IConnection> ConnectAsync(RabbitMqOptions options, string clientProvidedName, TimeSpan timeout)
    {
        var factory = CreateFactory(options, clientProvidedName);
        using var deadline = new CancellationTokenSource(timeout);
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempts = 1; ; attempts++)
        {
            Exception failure;
            try
            {
                return await OpenAsync(factory, options, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failure = exception;
            }

            if (TryDescribeRefusal(options, failure) is { } refused)
            {
                throw refused;
            }

            try
            {
                await Task.Delay(delay, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The last attempt's own failure says more than the cancellation that ended the wait.
                throw Describe(options, failure, $"within {timeout.TotalSeconds:0.#} s ({attempts} attempts)");
            }

            delay = delay * 2 > s_maxRetryDelay ? s_maxRetryDelay : delay * 2;
        }
    }

    // The broker accepts the connection of a user to a virtual host that does not exist (or that the user may not use) and
    // only then closes it (530 NOT_ALLOWED), which the client reports on the next operation: a channel proves access.
    private static async Task<IConnection> OpenAsync(ConnectionFactory factory, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        // Every node of RabbitMqOptions.Hosts in order (or Host): the start succeeds when one of them answers.
        var endpoints = options.Endpoints().ConvertAll(e => new AmqpTcpEndpoint(e.Host, e.Port, factory.Ssl));
        var connection = await factory.CreateConnectionAsync(endpoints, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.CloseAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>What a failed attempt to connect means, as a <see cref="BrokerConnectionException"/>.</summary>
    /// <param name="options">The connection options (shown without the password).</param>
    /// <param name="exception">RabbitMQ.Client's exception.</param>
    /// <param name="gaveUp">For a broker that did not answer in time, how long it was given, e.g. "within 60 s (12 attempts)".</param>
    public static BrokerConnectionException Describe(RabbitMqOptions options, Exception exception, string? gaveUp = null)
    {
        if (TryDescribeRefusal(options, exception) is { } refused)
        {
            return refused;
        }

        var cause = Innermost(exception).Message;
        return new BrokerConnectionException(BrokerConnectionFailure.Unreachable,
            $"RabbitMQ at {options} (host '{options.Host}', port {options.EffectivePort}, virtual host '{options.VirtualHost}') could not be reached" +
            (gaveUp is null ? string.Empty : " " + gaveUp) + $": {cause.TrimEnd('.')}. " +
            "Check that the broker runs and listens there (RabbitMq:Host, RabbitMq:Port; 5671 with TLS) and that nothing in between blocks the port.",
            exception);
    }

    /// <summary>
    /// The broker's refusal — of the credentials, or of the virtual host (missing, or not the user's) — in
    /// <paramref name="exception"/>, or <see langword="null"/> when it holds none: trying again cannot help with a refusal.
    /// </summary>
    public static BrokerConnectionException? TryDescribeRefusal(RabbitMqOptions options, Exception exception)
    {
        var broker = options.ToString();
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AuthenticationFailureException)
            {
                return new BrokerConnectionException(BrokerConnectionFailure.AccessRefused,
                    $"RabbitMQ at {broker} refused the login of user '{options.UserName}' (ACCESS_REFUSED) for virtual host '{options.VirtualHost}': " +
                    "check RabbitMq:UserName and RabbitMq:Password, and that the user exists on that broker (rabbitmqctl list_users).",
                    exception);
            }

            // The broker closes the connection with 530 NOT_ALLOWED when the virtual host is missing, or the user may not use it.
            if (inner is OperationInterruptedException { ShutdownReason: { ReplyCode: Constants.NotAllowed } reason })
            {
                return reason.ReplyText.Contains("not found", StringComparison.OrdinalIgnoreCase)
                    ? new BrokerConnectionException(BrokerConnectionFailure.VirtualHostNotFound,
                        $"RabbitMQ at {broker} has no virtual host '{options.VirtualHost}' ({reason.ReplyText}): " +
                        "create it (rabbitmqctl add_vhost) or correct RabbitMq:VirtualHost.",
                        exception)
                    : new BrokerConnectionException(BrokerConnectionFailure.AccessRefused,
                        $"RabbitMQ at {broker} refused user '{options.UserName}' access to virtual host '{options.VirtualHost}' ({reason.ReplyText}): " +
                        "grant the user permissions on it (rabbitmqctl set_permissions) or correct RabbitMq:VirtualHost.",
                        exception);
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost;
    }
}
