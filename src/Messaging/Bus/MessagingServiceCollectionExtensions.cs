using System;
using Microsoft.Extensions.DependencyInjection;

namespace Messaging;

/// <summary>Adds Messaging to a service collection.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the messages and handlers that <paramref name="configure"/> registers (one generated
    /// <c>Add{Assembly}()</c> call per assembly); choose the transport on the returned builder.
    /// </summary>
    /// <example><code>services.AddMessaging(bus => bus.AddShopBilling()).UseInMemory();</code></example>
    public static MessagingBuilder AddMessaging(this IServiceCollection services, Action<MessagingBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new MessagingBuilder(services);
        configure(builder);
        return builder;
    }
}
