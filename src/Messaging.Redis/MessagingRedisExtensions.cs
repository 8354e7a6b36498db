using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Messaging.Redis;

/// <summary>Registers the <see cref="RedisInboxStore"/> as the inbox of <see cref="IdempotentAttribute">[Idempotent]</see> handlers.</summary>
public static class MessagingRedisExtensions
{
    /// <summary>
    /// Makes <see cref="IdempotentAttribute">[Idempotent]</see> handlers record handled message ids in Redis, with a
    /// connection of the store's own, instead of in the memory of one process.
    /// </summary>
    /// <remarks>
    /// The store is not transactional with the handlers' own work, and keeps what Redis keeps: read
    /// <see cref="RedisInboxStore"/>'s remarks before relying on it. It replaces any inbox store registered before.
    /// </remarks>
    /// <param name="builder">The messaging builder.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, such as <c>localhost:6379</c>.</param>
    /// <param name="configure">Changes the <see cref="RedisInboxOptions"/>.</param>
    /// <returns>The builder.</returns>
    /// <example><code>services.AddMessaging(bus => bus.AddShopBilling()).UseRedisInbox("localhost:6379").UseInMemory();</code></example>
    public static MessagingBuilder UseRedisInbox(this MessagingBuilder builder, string configuration, Action<RedisInboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = CreateOptions(configure);
        // Parsed now, so a malformed string fails at registration rather than at the first message.
        _ = ConfigurationOptions.Parse(configuration);
        return Register(builder, provider => new RedisInboxStore(configuration, options, provider.GetService<ILogger<RedisInboxStore>>()));
    }

    /// <summary>
    /// Makes <see cref="IdempotentAttribute">[Idempotent]</see> handlers record handled message ids in Redis, on a
    /// connection the application owns.
    /// </summary>
    /// <remarks>
    /// The store is not transactional with the handlers' own work, and keeps what Redis keeps: read
    /// <see cref="RedisInboxStore"/>'s remarks before relying on it. It replaces any inbox store registered before.
    /// </remarks>
    /// <param name="builder">The messaging builder.</param>
    /// <param name="connection">The connection, which the store does not dispose.</param>
    /// <param name="configure">Changes the <see cref="RedisInboxOptions"/>.</param>
    /// <returns>The builder.</returns>
    public static MessagingBuilder UseRedisInbox(this MessagingBuilder builder, IConnectionMultiplexer connection, Action<RedisInboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return builder.UseRedisInbox(_ => connection, configure);
    }

    /// <summary>
    /// Makes <see cref="IdempotentAttribute">[Idempotent]</see> handlers record handled message ids in Redis, on a
    /// connection taken from the container when the store is first needed (such as the application's registered
    /// <see cref="IConnectionMultiplexer"/>).
    /// </summary>
    /// <remarks>
    /// The store is not transactional with the handlers' own work, and keeps what Redis keeps: read
    /// <see cref="RedisInboxStore"/>'s remarks before relying on it. It replaces any inbox store registered before.
    /// </remarks>
    /// <param name="builder">The messaging builder.</param>
    /// <param name="connection">Returns the connection, which the store does not dispose.</param>
    /// <param name="configure">Changes the <see cref="RedisInboxOptions"/>.</param>
    /// <returns>The builder.</returns>
    /// <example><code>builder.UseRedisInbox(provider => provider.GetRequiredService&lt;IConnectionMultiplexer&gt;());</code></example>
    public static MessagingBuilder UseRedisInbox(this MessagingBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisInboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        var options = CreateOptions(configure);
        return Register(builder, provider => new RedisInboxStore(
            connection(provider) ?? throw new InvalidOperationException("The connection factory given to UseRedisInbox returned null."),
            options,
            provider.GetService<ILogger<RedisInboxStore>>()));
    }

    private static RedisInboxOptions CreateOptions(Action<RedisInboxOptions>? configure)
    {
        var options = new RedisInboxOptions();
        configure?.Invoke(options);
        options.Validate();
        return options;
    }

    private static MessagingBuilder Register(MessagingBuilder builder, Func<IServiceProvider, RedisInboxStore> create)
    {
        builder.Services.RemoveAll<RedisInboxStore>();
        builder.Services.AddSingleton(create);
        // Replaces the in-memory store AddMessaging registered (or any other): one inbox per application.
        builder.Services.RemoveAll<IInboxStore>();
        builder.Services.AddSingleton<IInboxStore>(static provider => provider.GetRequiredService<RedisInboxStore>());
        return builder;
    }
}
