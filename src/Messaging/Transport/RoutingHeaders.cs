using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using MassTransit;
using MassTransit.Configuration;

namespace Messaging.Transport;

/// <summary>
/// The routing headers of a headers-exchange message (<see cref="RoutingHeaderAttribute"/>): set on every send and
/// publish, and encoded as one string (<c>name=value</c> lines) so the in-memory binding filter can match them like a key.
/// </summary>
internal static class RoutingHeaders
{
    /// <summary>
    /// What a consumer's binding is matched against: the routing key of a direct or topic message, the encoded routing
    /// headers of a headers message, or <see langword="null"/> when the message is not routed by either.
    /// </summary>
    public static Func<T, string>? BindingKeyOf<T>(MessageRoute<T> route)
        where T : class => route.ExchangeKind switch
        {
            ExchangeKind.Headers when route.RoutingHeaders.Count > 0 => message => Encode(route.RoutingHeaders, message),
            ExchangeKind.Direct or ExchangeKind.Topic => route.RoutingKey,
            _ => null,
        };

    /// <summary>
    /// The routing key a broker routes the message by, whoever publishes it (the bus's send topology, the RabbitMQ
    /// publisher): the <c>[RoutingKey]</c> member on a direct or topic exchange, none on a fanout one.
    /// </summary>
    public static Func<T, string>? BrokerRoutingKeyOf<T>(MessageRoute<T> route)
        where T : class => route.ExchangeKind != ExchangeKind.Fanout ? route.RoutingKey : null;

    /// <summary><c>region=eu\ntier=gold</c>: what <see cref="RoutingKeyBinding"/> matches a headers binding against.</summary>
    public static string Encode<T>(IReadOnlyList<RoutingHeader<T>> headers, T message)
        where T : class
    {
        var text = new StringBuilder();
        foreach (var header in headers)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(header.Name).Append('=').Append(header.Value(message) ?? string.Empty);
        }

        return text.ToString();
    }
}

/// <summary>Adds <see cref="RoutingHeadersFilter{T}"/> to everything sent or published as <typeparamref name="T"/>.</summary>
internal sealed class RoutingHeadersTopology<T>(IReadOnlyList<RoutingHeader<T>> headers) : IMessageSendTopology<T>
    where T : class
{
    public void Apply(ITopologyPipeBuilder<SendContext<T>> builder) => builder.AddFilter(new RoutingHeadersFilter<T>(headers));
}

/// <summary>Writes a message's routing headers into its transport headers, where a headers exchange reads them.</summary>
internal sealed class RoutingHeadersFilter<T>(IReadOnlyList<RoutingHeader<T>> headers) : IFilter<SendContext<T>>
    where T : class
{
    public Task Send(SendContext<T> context, IPipe<SendContext<T>> next)
    {
        foreach (var header in headers)
        {
            context.Headers.Set(header.Name, header.Value(context.Message) ?? string.Empty);
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("routingHeaders");
}
