using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Messaging.Postgres;

/// <summary>Keeps Messaging's inbox and outbox in PostgreSQL.</summary>
public static class MessagingPostgresExtensions
{
    /// <summary>
    /// Keeps the inbox of <see cref="IdempotentAttribute">[Idempotent]</see> handlers and a transactional outbox in the
    /// PostgreSQL database <paramref name="connectionString"/> names: registers <see cref="PostgresInboxStore"/> as the
    /// <see cref="IInboxStore"/>, a scoped <see cref="PostgresUnitOfWork"/>, and the outbox relay (a hosted service).
    /// The tables are created when first needed (see <see cref="PostgresOptions.CreateSchema"/>). Call it before or after
    /// the transport (<c>UseInMemory()</c>, <c>UseRabbitMq(...)</c>).
    /// </summary>
    /// <param name="builder">The builder with the generated registrations.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Further options.</param>
    /// <returns>The builder.</returns>
    /// <example><code>services.AddMessaging(bus =&gt; bus.AddShopBilling()).UseRabbitMq(section).UsePostgres(connectionString);</code></example>
    public static MessagingBuilder UsePostgres(this MessagingBuilder builder, string connectionString, Action<PostgresOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PostgresOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        options.Validate();

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(_ => new PostgresMessaging(options));
        services.AddSingleton(provider => new PostgresUnitOfWorkFactory(provider.GetRequiredService<PostgresMessaging>(), provider.GetRequiredService<OutboxMessageCodec>()));
        services.AddScoped(provider => provider.GetRequiredService<PostgresUnitOfWorkFactory>().Create());
        services.RemoveAll<IInboxStore>();
        services.AddSingleton<IInboxStore>(provider => new PostgresInboxStore(provider.GetRequiredService<PostgresMessaging>(), provider));
        if (options.RunRelay)
        {
            services.AddSingleton<IHostedService>(provider => new PostgresOutboxRelay(
                provider.GetRequiredService<PostgresMessaging>(),
                provider.GetRequiredService<OutboxMessageCodec>(),
                provider.GetRequiredService<ILogger<PostgresOutboxRelay>>(),
                provider.GetService<IHostApplicationLifetime>()));
        }

        return builder;
    }
}
