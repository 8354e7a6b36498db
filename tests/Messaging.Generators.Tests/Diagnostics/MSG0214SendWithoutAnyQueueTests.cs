using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0214: SendWithoutAnyQueue — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0214SendWithoutAnyQueueTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using MassTransit;
        using Messaging;

        namespace Shop;

        [Message] public sealed record ShipOrder(Guid OrderId);

        [Message] public sealed record ChargeCard(Guid OrderId);

        [Message] public sealed record Refund(Guid OrderId);

        [Message] public sealed record Audit(Guid OrderId);

        public sealed record PlainCommand(Guid OrderId);

        public sealed class Shipping
        {
            [Handler(Queue = "shipping")] public void Ship(ShipOrder order) { }
        }

        public static class Checkout
        {
            public static async Task Run(IBus bus, Guid orderId)
            {
                await bus.Send(new ShipOrder(orderId));
                await {|MSG0214:bus.Send(new ChargeCard(orderId))|};
                await bus.Send(new Audit(orderId));
                await bus.Send(new PlainCommand(orderId));
            await bus.Send(new Refund(orderId));
                var payments = await bus.GetSendEndpoint(new Uri("exchange:payments"));
                await payments.Send(new ChargeCard(orderId));
            }

            public static void Configure() => EndpointConvention.Map<Audit>(new Uri("exchange:audit"));

        // Registered by hand: its route may name a send queue, which the analyzer cannot read.
        public static void Register(MessagingBuilder builder) =>
            builder.AddMessage(new MessageRoute<Refund> { EntityName = "refunds", MessageUrn = "urn:message:Shop:Refund", SendQueue = "refunds" });
        }
        """;

    [Fact]
    public async Task Send_without_an_address_of_a_message_no_queue_here_handles_is_reported_on_the_call()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0214").ToList();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith("No handler of this assembly consumes 'ChargeCard', so it gets no send convention here", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
