using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Logging;
using RabbitMQ.Client;

namespace Messaging.RabbitMq;

/// <summary>
/// Bounds a MassTransit publish or send by <see cref="RabbitMqOptions.PublishTimeout"/>, as
/// <see cref="RabbitMqMessagePublisher"/> bounds its own: MassTransit retries a send while its connection is down for as
/// long as the caller's token allows (with no token, forever), and its retry policy cannot be configured. Past the
/// timeout the call fails with a <see cref="TimeoutException"/> that names the broker, the virtual host and what a fresh
/// connection attempt finds. MassTransit logs inside it through <see cref="RetriedSendLogging"/>.
/// </summary>
internal sealed class PublishDeadline(RabbitMqOptions options, ILogContext? logContext)
{
    // The connection attempt that finds the cause after a timeout is short: the caller has waited long enough.
    private static readonly TimeSpan s_probeTimeout = TimeSpan.FromSeconds(3);

    private readonly Lock _probeLock = new();
    private Task<string>? _probe;
    private long _probeStarted;

    /// <summary>Whether a timeout applies (<see cref="RabbitMqOptions.PublishTimeout"/> above zero).</summary>
    public bool Enabled => options.PublishTimeout > TimeSpan.Zero;

    /// <summary>Runs <paramref name="send"/> with a token canceled at the deadline, and fails at the deadline whatever it does.</summary>
    /// <param name="send">The MassTransit call, given the token to pass on.</param>
    /// <param name="destination">What is published or sent to, for the message: <c>message type 'X'</c>, <c>address 'Y'</c>.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public async Task RunAsync(Func<CancellationToken, Task> send, Func<string> destination, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (logContext is not null)
        {
            // For this call and what it awaits only: an async method's changes to an AsyncLocal do not reach its caller.
            LogContext.Current = logContext;
        }

        var timeout = options.PublishTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var task = send(deadline.Token);
        // The waits are bounded, not only the token: a publish the broker holds back (a blocked connection) does not
        // always see a cancellation. A send still under way shortly before the deadline starts the check that finds the
        // cause, so that the failure comes at the deadline, not after the check.
        var checkAt = timeout > s_probeTimeout ? timeout - s_probeTimeout : TimeSpan.Zero;
        Task<string>? cause = null;
        try
        {
            try
            {
                await task.WaitAsync(checkAt, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TimeoutException) when (!task.IsCompleted)
            {
                cause = FindCauseAsync();
            }

            // A timer may fire a little before the stopwatch says the time is up: never fail before the deadline.
            for (var left = timeout - Stopwatch.GetElapsedTime(started); ; left = timeout - Stopwatch.GetElapsedTime(started))
            {
                try
                {
                    await task.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (TimeoutException) when (!task.IsCompleted && Stopwatch.GetElapsedTime(started) < timeout)
                {
                }
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsDeadline(exception, task, deadline.Token))
        {
            Observe(task);
            if (timeout - Stopwatch.GetElapsedTime(started) is { Ticks: > 0 } early)
            {
                // The token's timer fired a little early (its clock ticks in milliseconds).
                await Task.Delay(early + TimeSpan.FromMilliseconds(2), CancellationToken.None).ConfigureAwait(false);
            }

            throw TimedOut(destination(), Stopwatch.GetElapsedTime(started), await (cause ?? FindCauseAsync()).ConfigureAwait(false));
        }
    }

    // Our deadline, not a failure of the send itself: the wait timed out, or the deadline's token had fired when the send
    // failed — MassTransit gives up on the token as an OperationCanceledException, or, inside a connection attempt that
    // the token ended, as RabbitMQ.Client's own TimeoutException.
    private static bool IsDeadline(Exception exception, Task task, CancellationToken deadline) =>
        exception is TimeoutException && !task.IsCompleted
        || deadline.IsCancellationRequested;

    // One connection attempt answers every send that times out around the same time (an outage times out many at once).
    private Task<string> FindCauseAsync()
    {
        lock (_probeLock)
        {
            if (_probe is null || Stopwatch.GetElapsedTime(_probeStarted) > s_probeTimeout)
            {
                _probeStarted = Stopwatch.GetTimestamp();
                _probe = ProbeAsync();
            }

            return _probe;
        }
    }

    private async Task<string> ProbeAsync()
    {
        try
        {
            var timeout = options.PublishTimeout < s_probeTimeout ? options.PublishTimeout : s_probeTimeout;
            var connection = await RabbitMqConnections.ConnectAsync(options, "publish timeout check", timeout).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }

            return "the broker accepts connections but did not take the message in time: publishing may be blocked by a memory or disk " +
                   "alarm on the broker (rabbitmq-diagnostics alarms lists them), or the bus's connection is still recovering";
        }
        catch (BrokerConnectionException exception)
        {
            return $"the broker cannot be reached: {exception.Message.TrimEnd('.')}";
        }
    }

    private TimeoutException TimedOut(string destination, TimeSpan elapsed, string cause) =>
        new($"Publishing {destination} through MassTransit to RabbitMQ {options} (virtual host '{options.VirtualHost}') did not complete within " +
            $"PublishTimeout ({options.PublishTimeout}; gave up after {elapsed.TotalSeconds:0.0} s): {cause}. Raise PublishTimeout to wait longer. " +
            "The message may or may not have been taken: publish it again with the same message id to let handlers recognise a copy.");

    // A send given up on may still fail later; its exception is of no use to anyone then.
    private static void Observe(Task abandoned) =>
        abandoned.ContinueWith(static task => _ = task.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
