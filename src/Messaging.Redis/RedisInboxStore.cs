using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Messaging.Redis;

/// <summary>
/// An <see cref="IInboxStore"/> on Redis: the message ids each queue handled, shared by every process that consumes the
/// queue, with no database. One key per queue and message id holds either the claim of the delivery handling the
/// message (with the lease as its TTL) or the mark that it was handled (with the retention as its TTL).
/// </summary>
/// <remarks>
/// <para>
/// A delivery claims its message with <c>SET key token NX PX lease</c>. A key marked handled makes the delivery a
/// duplicate (acknowledged without calling the handler); a key claimed by another delivery makes it wait, polling with
/// a backoff up to <see cref="RedisInboxOptions.ClaimWaitTimeout"/>, until the message is handled (a duplicate) or the
/// claim is released or expired (it then claims the message itself). A handler that succeeded marks the key handled
/// if it still holds the delivery's own token or no longer exists (the lease ran out and nobody took over); one that
/// threw deletes the key only while it holds the delivery's own token, so its retry or a redelivery runs at once. Each
/// is one atomic Lua script.
/// </para>
/// <para>
/// The guarantee is weaker than a database inbox's (see <c>docs/reliability.md</c>, "Redis inbox"):
/// </para>
/// <list type="bullet">
/// <item><description>
/// The mark is not written in one transaction with the handler's own work. A process that dies after the handler's
/// effect and before the mark is written leaves only its claim, which expires after the lease: the redelivered message
/// is handled again.
/// </description></item>
/// <item><description>
/// A handler that runs longer than <see cref="RedisInboxOptions.Lease"/> loses its claim, and a duplicate delivered
/// meanwhile runs beside it (a warning is logged when the first one finishes).
/// </description></item>
/// <item><description>
/// Whether handled marks survive a Redis crash or restart is Redis's persistence to decide: with
/// <c>appendonly yes</c> and <c>appendfsync always</c> a mark written is kept; with <c>everysec</c> (Redis's default
/// when the append-only file is on) the last second may be lost; with RDB snapshots only, everything since the last
/// snapshot; with neither, all of it. A failover to a replica that had not yet received a mark loses it too
/// (replication is asynchronous). A lost mark means the next duplicate of that message is handled again.
/// </description></item>
/// <item><description>
/// While Redis cannot be reached, claiming fails with the client's exception, so the delivery fails and goes through
/// the handler's retry policy, then to the queue's <c>_error</c> queue (or back to the broker): a message is never
/// handled without the check. A mark that cannot be written after the handler succeeded fails the delivery too, and
/// its retry or redelivery handles the message again.
/// </description></item>
/// </list>
/// </remarks>
public sealed class RedisInboxStore : IInboxStore, IAsyncDisposable, IDisposable
{
    // Values of a message's key: the mark of a handled message, or the token of the delivery holding the claim.
    private const string HandledMark = "handled";
    private const string TokenPrefix = "claim:";

    // Marks the message handled when the key still holds our token or is gone (our lease expired and no other delivery
    // took it over: the handler did succeed, and recording it saves a rerun). A claim another delivery took over is left
    // to that delivery. Returns 1 when marked, 2 when already marked, 0 when another delivery holds the claim.
    private const string CompleteScript = """
        local value = redis.call('GET', KEYS[1])
        if value == ARGV[1] or not value then
          redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
          return 1
        end
        if value == ARGV[2] then
          return 2
        end
        return 0
        """;

    // Deletes the key only while it holds our token: never another delivery's claim, never a handled mark.
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private static readonly TimeSpan s_firstPoll = TimeSpan.FromMilliseconds(10);

    private readonly ILogger _logger;
    private readonly string _keyPrefix;
    private readonly TimeSpan _lease;
    private readonly TimeSpan _claimWait;
    private readonly TimeSpan _maxPoll;
    private readonly RedisValue _leaseMilliseconds;
    private readonly RedisValue _retentionMilliseconds;
    private readonly TimeSpan _retention;
    private readonly ConfigurationOptions? _ownConfiguration;
    private readonly Lock _connectGate = new();
    private Task<IConnectionMultiplexer>? _connection;
    private volatile bool _disposed;

    /// <summary>Creates a store on a connection the application owns (and disposes).</summary>
    /// <param name="connection">The connection to Redis.</param>
    /// <param name="options">The store's options.</param>
    /// <param name="logger">Where the store logs; <see langword="null"/> logs nothing.</param>
    public RedisInboxStore(IConnectionMultiplexer connection, RedisInboxOptions options, ILogger<RedisInboxStore>? logger = null)
        : this(options, logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = Task.FromResult(connection);
    }

    /// <summary>
    /// Creates a store with a connection of its own, made on first use from a StackExchange.Redis configuration string
    /// (<c>localhost:6379,password=…</c>) and disposed with the store. The connection does not fail when Redis is down at
    /// start (<c>abortConnect=false</c> unless the string says otherwise): it keeps trying, and claims fail meanwhile.
    /// </summary>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <param name="options">The store's options.</param>
    /// <param name="logger">Where the store logs; <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentException">The configuration string cannot be parsed.</exception>
    public RedisInboxStore(string configuration, RedisInboxOptions options, ILogger<RedisInboxStore>? logger = null)
        : this(options, logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        // An application should start, and its other handlers run, while Redis is briefly away: abortConnect=false
        // unless the configuration string set it.
        var parsed = ConfigurationOptions.Parse(configuration);
        if (!configuration.Contains("abortConnect", StringComparison.OrdinalIgnoreCase))
        {
            parsed.AbortOnConnectFail = false;
        }

        _ownConfiguration = parsed;
    }

    private RedisInboxStore(RedisInboxOptions options, ILogger<RedisInboxStore>? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _keyPrefix = options.KeyPrefix;
        _lease = options.Lease;
        _retention = options.Retention;
        _claimWait = options.ClaimWaitTimeout ?? options.Lease;
        _maxPoll = options.MaxPollInterval;
        _leaseMilliseconds = (long)Math.Ceiling(options.Lease.TotalMilliseconds);
        _retentionMilliseconds = (long)Math.Ceiling(options.Retention.TotalMilliseconds);
    }

    /// <summary>The key that holds the claim or the handled mark of <paramref name="messageId"/> on <paramref name="queue"/>.</summary>
    public string KeyOf(string queue, Guid messageId)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return string.Create(CultureInfo.InvariantCulture, $"{_keyPrefix}{queue}:{messageId:D}");
    }

    /// <inheritdoc/>
    /// <exception cref="TimeoutException">
    /// Another delivery held the claim for longer than <see cref="RedisInboxOptions.ClaimWaitTimeout"/>.
    /// </exception>
    /// <exception cref="RedisException">Redis could not be reached or refused a command.</exception>
    /// <exception cref="RedisTimeoutException">Redis did not answer within the connection's timeout.</exception>
    /// <remarks><paramref name="context"/> is not used: the store needs nothing from the delivery.</remarks>
    public async ValueTask<IInboxClaim?> TryClaimAsync(string queue, Guid messageId, ConsumeContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var database = await GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisKey key = KeyOf(queue, messageId);
        RedisValue token = TokenPrefix + Guid.NewGuid().ToString("N");
        var started = Stopwatch.GetTimestamp();
        var pause = s_firstPoll;
        var waited = false;
        while (true)
        {
            if (await database.StringSetAsync(key, token, _lease, When.NotExists).WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                return new Claim(this, database, key, token, queue, messageId);
            }

            var value = await database.StringGetAsync(key).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (value == HandledMark)
            {
                return null;
            }

            if (value.IsNull)
            {
                // Released or expired between the two commands: claim again at once.
                continue;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= _claimWait)
            {
                throw new TimeoutException(
                    $"Message {messageId} on queue {queue}: another delivery has held its Redis inbox claim ({key}) for more than " +
                    $"{_claimWait.TotalSeconds:0.###} s (RedisInboxOptions.ClaimWaitTimeout). This delivery fails and is retried; if handlers " +
                    "run this long, raise RedisInboxOptions.Lease.");
            }

            if (!waited)
            {
                waited = true;
                RedisInboxLog.WaitingForClaim(_logger, messageId, queue);
            }

            var remaining = _claimWait - elapsed;
            await Task.Delay(pause < remaining ? pause : remaining, cancellationToken).ConfigureAwait(false);
            pause = pause * 2 < _maxPoll ? pause * 2 : _maxPoll;
        }
    }

    /// <summary>Disposes the connection the store made itself; a connection passed to it is left to its owner.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_ownConfiguration is not null && Interlocked.Exchange(ref _connection, null) is { } connecting)
        {
            var connection = await AwaitConnectionAsync(connecting).ConfigureAwait(false);
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Disposes the connection the store made itself; a connection passed to it is left to its owner.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (_ownConfiguration is not null && Interlocked.Exchange(ref _connection, null) is { IsCompletedSuccessfully: true } connecting)
        {
            connecting.Result.Dispose();
        }
    }

    private static async Task<IConnectionMultiplexer?> AwaitConnectionAsync(Task<IConnectionMultiplexer> connecting)
    {
        try
        {
            return await connecting.ConfigureAwait(false);
        }
        catch (RedisException)
        {
            return null;
        }
    }

    private async ValueTask<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connecting = Volatile.Read(ref _connection);
        if (connecting is null)
        {
            lock (_connectGate)
            {
                connecting = _connection ??= ConnectAsync(_ownConfiguration!);
            }
        }

        try
        {
            var connection = await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
            return connection.GetDatabase();
        }
        catch (RedisException)
        {
            // A connection that could not be made is made again on the next claim rather than failing every claim.
            _ = Interlocked.CompareExchange(ref _connection, null, connecting);
            throw;
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration) =>
        await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);

    private async ValueTask CompleteAsync(Claim claim, CancellationToken cancellationToken)
    {
        var outcome = (int)await claim.Database.ScriptEvaluateAsync(CompleteScript, [claim.Key], [claim.Token, HandledMark, _retentionMilliseconds])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        if (outcome != 1)
        {
            RedisInboxLog.ClaimLost(_logger, claim.MessageId, claim.Queue,
                outcome == 2 ? "a duplicate had already handled it" : "a duplicate was handling it", _lease);
        }
    }

    private async ValueTask ReleaseAsync(Claim claim)
    {
        try
        {
            await claim.Database.ScriptEvaluateAsync(ReleaseScript, [claim.Key], [claim.Token]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            // Disposing must not hide the handler's own exception; the claim lapses with its lease instead.
            RedisInboxLog.ReleaseFailed(_logger, ex, claim.MessageId, claim.Queue, _lease);
        }
    }

    private sealed class Claim(RedisInboxStore store, IDatabase database, RedisKey key, RedisValue token, string queue, Guid messageId) : IInboxClaim
    {
        private int _done;

        public IDatabase Database => database;

        public RedisKey Key => key;

        public RedisValue Token => token;

        public string Queue => queue;

        public Guid MessageId => messageId;

        public async ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _done) != 0)
            {
                return;
            }

            await store.CompleteAsync(this, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _done, 1);
        }

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _done, 1) == 0 ? store.ReleaseAsync(this) : ValueTask.CompletedTask;
    }
}
