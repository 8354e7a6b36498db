using System;
using System.Collections.Generic;
using System.Globalization;

namespace Messaging.RabbitMq;

/// <summary>
/// Where and how to connect to RabbitMQ. Set in code (<c>UseRabbitMq(o =&gt; o.Host = "rabbit")</c>) or read from a
/// configuration section (<c>UseRabbitMq(configuration.GetSection("RabbitMq"))</c>, keys named after these properties).
/// </summary>
/// <remarks>
/// The password is never written out: <see cref="ToString"/> shows it as <c>***</c>, and the library logs the
/// connection only through <see cref="ToString"/>.
/// </remarks>
public sealed class RabbitMqOptions
{
    /// <summary>The port RabbitMQ listens on for AMQP without TLS.</summary>
    public const int DefaultPort = 5672;

    /// <summary>The port RabbitMQ listens on for AMQP over TLS.</summary>
    public const int DefaultTlsPort = 5671;

    /// <summary>The broker's host name or address. Default: <c>localhost</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>The AMQP port; 0 (the default) means 5672, or 5671 when TLS is enabled.</summary>
    public int Port { get; set; }

    /// <summary>The virtual host. Default: <c>/</c>.</summary>
    public string VirtualHost { get; set; } = "/";

    /// <summary>The user name. Default: <c>guest</c> (which RabbitMQ accepts from loopback only).</summary>
    public string UserName { get; set; } = "guest";

    /// <summary>The password. Default: <c>guest</c>. Never logged.</summary>
    public string Password { get; set; } = "guest";

    /// <summary>A name shown for the connection in RabbitMQ's management UI, or <see langword="null"/> for the default.</summary>
    public string? ConnectionName { get; set; }

    /// <summary>The default <see cref="PublishTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultPublishTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a publish keeps trying while the broker cannot take it — the connection lost and being re-established,
    /// the broker blocking publishers under a memory or disk alarm — before it fails with a <see cref="TimeoutException"/>
    /// that names the host, the virtual host and the cause. It bounds <c>IMessagePublisher</c> and MassTransit's
    /// <c>IBus.Publish</c> and sends alike (through the <c>IBus</c> the container gives out). Default: 30 seconds;
    /// <see cref="TimeSpan.Zero"/> makes <c>IMessagePublisher</c> fail at the first error and leaves <c>IBus.Publish</c>
    /// bounded by the caller's token only.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = DefaultPublishTimeout;

    /// <summary>
    /// The nodes of a RabbitMQ cluster, as <c>host</c> or <c>host:port</c> (port default: <see cref="EffectivePort"/>):
    /// the bus and the publisher connect to the first that answers, and to another when it goes away. Empty (the default)
    /// means <see cref="Host"/> alone. Configuration: <c>RabbitMq:Hosts:0</c>, <c>RabbitMq:Hosts:1</c>, …
    /// </summary>
    public IList<string> Hosts { get; set; } = [];

    /// <summary>TLS settings; off by default.</summary>
    public RabbitMqTlsOptions Tls { get; set; } = new();

    /// <summary>The port actually used: <see cref="Port"/>, or the default for plain AMQP or TLS.</summary>
    public int EffectivePort => Port > 0 ? Port : Tls.Enabled ? DefaultTlsPort : DefaultPort;

    /// <summary>
    /// The connection as a URI with the password replaced by <c>***</c>: <c>amqps://app:***@rabbit:5671/shop</c>; with
    /// <see cref="Hosts"/>, every node: <c>amqp://app:***@rabbit-1:5672,rabbit-2:5672/shop</c>. With the real password in
    /// place of <c>***</c>, <see cref="SetUri"/> reads it back.
    /// </summary>
    public override string ToString()
    {
        var virtualHost = VirtualHost == "/" ? string.Empty : Uri.EscapeDataString(VirtualHost);
        var hosts = string.Join(',', Endpoints().ConvertAll(e => FormatHost(e.Host, e.Port)));
        return $"{(Tls.Enabled ? "amqps" : "amqp")}://{Uri.EscapeDataString(UserName)}:***@{hosts}/{virtualHost}";
    }

    /// <summary>
    /// Sets the connection from an AMQP URI, as hosting platforms and RabbitMQ's own tools write it:
    /// <c>amqp://user:password@host:port/vhost</c>, or <c>amqps://…</c> for TLS (port 5671 by default). Several nodes
    /// of a cluster are separated by commas — <c>amqp://app:secret@rabbit-1:5672,rabbit-2,rabbit-3:5673/shop</c> — and
    /// become <see cref="Hosts"/> (this is the form <see cref="ToString"/> writes). The user name, password and virtual
    /// host are percent-decoded (the virtual host <c>/</c> is written <c>%2F</c>, or left out); a URI without a user keeps
    /// <see cref="UserName"/> and <see cref="Password"/>. Configuration: <c>RabbitMq:Uri</c>, read before the other
    /// keys, which then override what it set.
    /// </summary>
    /// <param name="uri">The AMQP URI.</param>
    /// <returns>These options.</returns>
    /// <exception cref="FormatException">
    /// The URI is not an <c>amqp</c>/<c>amqps</c> URI this method can read — for example it has query parameters (set the
    /// properties instead), a host without a name, or a port out of range; the message says which part, without the password.
    /// </exception>
    public RabbitMqOptions SetUri(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var text = uri.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd > 0 ? text[..schemeEnd].ToLowerInvariant() : string.Empty;
        if (scheme is not ("amqp" or "amqps"))
        {
            throw UriError(text, "it does not start with amqp:// or amqps://");
        }

        var rest = text[(schemeEnd + 3)..];
        if (rest.IndexOfAny(['?', '#']) is var query and >= 0)
        {
            throw UriError(text, $"its {(rest[query] == '?' ? "query" : "fragment")} is not read: set the RabbitMqOptions properties (for example RabbitMq:ConnectionName) instead");
        }

        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? string.Empty : rest[(slash + 1)..];
        if (path.Contains('/'))
        {
            throw UriError(text, "its virtual host has an unencoded '/': write it as %2F (the default virtual host '/' is amqp://host/%2F, or nothing after the host)");
        }

        string? userName = null;
        string? password = null;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            userName = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }

        var tls = scheme == "amqps";
        var defaultPort = Port > 0 ? Port : tls ? DefaultTlsPort : DefaultPort;
        var nodes = new List<(string Host, int Port)>();
        foreach (var entry in authority.Split(','))
        {
            if (entry.Trim().Trim('[', ']').Length == 0 || entry.Trim().StartsWith(':'))
            {
                throw UriError(text, "a host in it has no name: write amqp://host or amqp://host-1:5672,host-2:5672");
            }

            try
            {
                var (host, port) = ParseHost(entry, defaultPort);
                nodes.Add((Uri.UnescapeDataString(host), port));
            }
            catch (ArgumentException)
            {
                throw UriError(text, $"the host '{entry}' has no valid port after ':' (1-65535)");
            }
        }

        Tls.Enabled = tls;
        Host = nodes[0].Host;
        Port = nodes[0].Port;
        Hosts = nodes.Count > 1 ? nodes.ConvertAll(n => FormatHost(n.Host, n.Port)) : [];
        VirtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        if (userName is not null)
        {
            UserName = userName;
            Password = password ?? string.Empty;
        }

        return this;
    }

    // The URI without its password, for a message about it.
    private static FormatException UriError(string uri, string problem)
    {
        var at = uri.LastIndexOf('@');
        var schemeEnd = uri.IndexOf("://", StringComparison.Ordinal);
        var colon = schemeEnd >= 0 && at > schemeEnd ? uri.IndexOf(':', schemeEnd + 3) : -1;
        var shown = colon >= 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
        return new FormatException($"The RabbitMQ URI '{shown}' cannot be read: {problem}.");
    }

    private static string FormatHost(string host, int port) =>
        (host.Contains(':') ? $"[{host}]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

    /// <summary>The nodes to connect to: each of <see cref="Hosts"/> with its port, or <see cref="Host"/>.</summary>
    internal List<(string Host, int Port)> Endpoints()
    {
        var endpoints = new List<(string Host, int Port)>();
        foreach (var entry in Hosts)
        {
            endpoints.Add(ParseHost(entry, EffectivePort));
        }

        if (endpoints.Count == 0)
        {
            endpoints.Add((Host, EffectivePort));
        }

        return endpoints;
    }

    // host, host:port, [::1]:port; a bare IPv6 address (more than one colon) has no port.
    private static (string Host, int Port) ParseHost(string entry, int defaultPort)
    {
        var text = entry.Trim();
        var colon = text.LastIndexOf(':');
        var hasPort = text.StartsWith('[') ? colon > 0 && text[colon - 1] == ']' : colon > 0 && text.IndexOf(':') == colon;
        if (!hasPort)
        {
            return (text.Trim('[', ']'), defaultPort);
        }

        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new ArgumentException($"RabbitMQ Hosts entry '{entry}' has no valid port after ':': write host or host:port with a port of 1-65535.", nameof(entry));
        }

        return (text[..colon].Trim('[', ']'), port);
    }

    /// <summary>Checks the options, naming the setting that is wrong and how to fix it.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("RabbitMQ Host is empty: set it to the broker's host name (for example RabbitMq:Host=localhost, or the RabbitMq__Host environment variable).", nameof(Host));
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"RabbitMQ Port {Port} is out of range: use 1-65535, or 0 for the default (5672, or 5671 with TLS).", nameof(Port));
        }

        if (string.IsNullOrEmpty(VirtualHost))
        {
            throw new ArgumentException("RabbitMQ VirtualHost is empty: use \"/\" for the default virtual host.", nameof(VirtualHost));
        }

        if (string.IsNullOrEmpty(UserName))
        {
            throw new ArgumentException("RabbitMQ UserName is empty: set the user the service connects as.", nameof(UserName));
        }

        if (PublishTimeout < TimeSpan.Zero || PublishTimeout.TotalMilliseconds > int.MaxValue)
        {
            throw new ArgumentException($"RabbitMQ PublishTimeout {PublishTimeout} is out of range: use a duration from 00:00:00 (fail at the first error) to 24 days, for example 00:00:30.", nameof(PublishTimeout));
        }

        ArgumentNullException.ThrowIfNull(Hosts, nameof(Hosts));
        foreach (var entry in Hosts)
        {
            if (string.IsNullOrWhiteSpace(entry))
            {
                throw new ArgumentException("RabbitMQ Hosts has an empty entry: list each node as host or host:port (RabbitMq:Hosts:0=rabbit-1, RabbitMq:Hosts:1=rabbit-2:5672).", nameof(Hosts));
            }
        }

        _ = Endpoints();
        ArgumentNullException.ThrowIfNull(Password, nameof(Password));
        ArgumentNullException.ThrowIfNull(Tls, nameof(Tls));
        Tls.Validate();
        ValidateLimits();
    }

    /// <summary>RabbitMQ's default <c>max_message_size</c>: 128 MiB.</summary>
    public const int DefaultMaxMessageSize = 128 * 1024 * 1024;

    /// <summary>The largest <c>max_message_size</c> RabbitMQ accepts: 512 MiB.</summary>
    public const int BrokerMaxMessageSizeLimit = 512 * 1024 * 1024;

    /// <summary>
    /// How long the start of the bus waits for the broker: a broker that cannot be reached (or a connection that does not
    /// finish opening) within this time fails the start with a <see cref="BrokerConnectionException"/> naming the host,
    /// port and virtual host. Refused credentials and a virtual host that does not exist fail it at once. Default: 60
    /// seconds.
    /// </summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The largest message body, in bytes, that this service publishes or handles. A larger message is refused at publish
    /// (<see cref="InvalidOperationException"/> naming the type, size and limit), and one that arrives anyway (from another
    /// producer) is moved to the queue's <c>_error</c> queue with the reason instead of being handled. Default: 128 MiB,
    /// RabbitMQ's default <c>max_message_size</c>; at most 512 MiB. Keep it at or below the broker's <c>max_message_size</c>.
    /// </summary>
    public int MaxMessageSize { get; set; } = DefaultMaxMessageSize;

    /// <summary>
    /// How often a message on a quorum queue (<c>[Handler(QuorumQueue = true)]</c>) may be delivered without being
    /// acknowledged — its consumer crashed, was killed or lost its connection each time — before it is moved to the
    /// queue's <c>_error</c> queue with the reason instead of being handled again, so one message cannot crash-loop a
    /// service and hold up its queue. RabbitMQ counts the deliveries (<c>x-delivery-count</c>) of quorum queues only;
    /// classic queues are not limited. Default: 20 (RabbitMQ 4's default delivery limit); 0 turns the limit off.
    /// </summary>
    public int MaxDeliveries { get; set; } = 20;

    private void ValidateLimits()
    {
        if (MaxDeliveries is < 0 or > 100_000)
        {
            throw new ArgumentException(
                $"RabbitMQ MaxDeliveries {MaxDeliveries} is out of range: use 1-100000 deliveries, or 0 for no limit.",
                nameof(MaxDeliveries));
        }

        if (StartTimeout <= TimeSpan.Zero || StartTimeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException(
                $"RabbitMQ StartTimeout {StartTimeout} is not a positive time: set how long the start may wait for the broker (for example RabbitMq:StartTimeout=00:01:00).",
                nameof(StartTimeout));
        }

        if (MaxMessageSize is <= 0 or > BrokerMaxMessageSizeLimit)
        {
            throw new ArgumentException(
                $"RabbitMQ MaxMessageSize {MaxMessageSize} is out of range: use 1-{BrokerMaxMessageSizeLimit} bytes (512 MiB, RabbitMQ's largest max_message_size), at most the broker's max_message_size.",
                nameof(MaxMessageSize));
        }
    }
}
