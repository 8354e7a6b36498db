using System;
using System.Linq;
using System.Security.Authentication;
using System.Threading.Tasks;
using MassTransit;
using Messaging.RabbitMq.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using Xunit.Abstractions;

namespace Messaging.RabbitMq.Tests.Tls;

/// <summary>
/// <c>UseRabbitMq</c> over TLS against a broker whose only listener is TLS (<see cref="TlsBroker"/>): certificate
/// verification stays on and the broker's private CA is trusted through <c>Tls.CaCertificatePath</c>; a client that
/// does not trust that CA, or that reaches the broker under a name its certificate does not carry, is refused with an
/// error that says so.
/// </summary>
public sealed class TlsConnectionTests(TlsBroker broker, ITestOutputHelper output) : IClassFixture<TlsBroker>
{
    [Fact]
    public async Task Message_round_trips_through_a_generated_handler_over_tls_with_the_private_ca_trusted()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync("/", probe, options: o => UseTlsBroker(o, TlsBroker.CertificateHost, broker.CaCertificatePath));
        var ping = new TlsPing(Guid.NewGuid(), "over TLS");

        await bus.Bus.Publish(ping);

        var call = await probe.WaitOneAsync("tls-pings");
        Assert.Equal(ping, call.Message);
    }

    [Fact]
    public async Task Broker_certificate_from_a_ca_the_client_does_not_trust_is_refused_with_a_chain_error()
    {
        // Trusts another CA: the server's chain ends at a root nobody vouched for.
        var failure = await StartFailsAsync(o => UseTlsBroker(o, TlsBroker.CertificateHost, broker.OtherCaCertificatePath));

        AssertTlsFailure(failure, "RemoteCertificateChainErrors");
    }

    [Fact]
    public async Task Broker_certificate_without_the_ca_configured_is_refused_with_a_chain_error()
    {
        // Nothing configured: only the machine's trust store, which does not hold the throw-away CA.
        var failure = await StartFailsAsync(o => UseTlsBroker(o, TlsBroker.CertificateHost, caCertificatePath: null));

        AssertTlsFailure(failure, "RemoteCertificateChainErrors");
    }

    [Fact]
    public async Task Broker_reached_under_a_name_its_certificate_does_not_carry_is_refused_with_a_name_mismatch()
    {
        // 127.0.0.1 is the same broker, but its certificate names "localhost" only.
        var failure = await StartFailsAsync(o => UseTlsBroker(o, "127.0.0.1", broker.CaCertificatePath));

        AssertTlsFailure(failure, "RemoteCertificateNameMismatch");
        // The chain itself is fine: the configured CA vouches for it, and the message does not suggest otherwise.
        Assert.DoesNotContain("RemoteCertificateChainErrors", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_publisher_connects_over_tls_with_the_same_settings_and_verification()
    {
        var probe = new HandlerProbe();
        await using var bus = await RabbitBus.StartAsync("/", probe, options: o => UseTlsBroker(o, TlsBroker.CertificateHost, broker.CaCertificatePath));
        var ping = new TlsPing(Guid.NewGuid(), "published directly over TLS");

        await bus.Services.GetRequiredService<IMessagePublisher>().PublishAsync(ping);

        var call = await probe.WaitOneAsync("tls-pings", c => ((TlsPing)c.Message).Id == ping.Id);
        Assert.Equal(ping, call.Message);
    }

    [Fact]
    public async Task Message_publisher_refuses_a_broker_certificate_from_an_untrusted_ca_saying_why()
    {
        // The publisher connects on its first publish: the container builds without a broker, and the publish fails.
        var services = new ServiceCollection();
        services.AddMessaging(bus => bus.AddMessagingRabbitMqTests()).UseRabbitMq(o => UseTlsBroker(o, TlsBroker.CertificateHost, broker.OtherCaCertificatePath));
        await using var provider = services.BuildServiceProvider();

        var failure = await Record.ExceptionAsync(() => provider.GetRequiredService<IMessagePublisher>().PublishAsync(new TlsPing(Guid.NewGuid(), "refused")))
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotNull(failure);
        AssertTlsFailure(failure, "RemoteCertificateChainErrors");
    }

    private void UseTlsBroker(RabbitMqOptions options, string host, string? caCertificatePath)
    {
        options.Host = host;
        options.Port = broker.TlsPort;
        options.VirtualHost = "/";
        options.UserName = "guest";
        options.Password = "guest";
        options.Tls.Enabled = true;
        options.Tls.CaCertificatePath = caCertificatePath;
    }

    private static async Task<Exception> StartFailsAsync(Action<RabbitMqOptions> options)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(new HandlerProbe());
        services.AddSingleton(new BusTag("tls"));
        services.AddMessaging(bus => bus.AddMessagingRabbitMqTests()).UseRabbitMq(options);
        var provider = services.BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();

        // MassTransit keeps retrying a connection that fails; when the start times out it throws the last failure.
        // Ten seconds hold several attempts, so the reason is the certificate's and not a slow first connection.
        var failure = await Record.ExceptionAsync(() => bus.StartAsync(TimeSpan.FromSeconds(10)));

        // A bus that never connected can take its time to give up its retries: bounded, so no test can hang on it.
        var teardown = Task.Run(async () =>
        {
            await bus.StopAsync(TimeSpan.FromSeconds(10));
            await provider.DisposeAsync();
        });
        await Task.WhenAny(teardown, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.NotNull(failure);
        return failure;
    }

    /// <summary>The failure, or one of its inner exceptions, is a TLS authentication failure naming the certificate problem.</summary>
    private void AssertTlsFailure(Exception failure, string problem)
    {
        var chain = Enumerable.Empty<Exception>().Append(failure).ToList();
        for (var inner = failure.InnerException; inner is not null; inner = inner.InnerException)
        {
            chain.Add(inner);
        }

        var everything = string.Join(Environment.NewLine, chain.Select(e => $"{e.GetType().FullName}: {e.Message}"));
        output.WriteLine(everything);
        Assert.True(chain.Any(e => e is AuthenticationException), $"Expected a TLS authentication failure, got:{Environment.NewLine}{everything}");
        Assert.True(everything.Contains(problem, StringComparison.Ordinal), $"Expected the failure to name {problem}, got:{Environment.NewLine}{everything}");
        Assert.Contains("certificate", everything, StringComparison.OrdinalIgnoreCase);
    }
}
