using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0211: SendWithoutConvention — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0211SendWithoutConventionTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using MassTransit;
        using Messaging;

        namespace Shop;

        [Message] public sealed record ShipOrder(Guid OrderId);

        [Message] public sealed record OrderCancelled(Guid OrderId);

        [Message] public sealed record Refund(Guid OrderId);

        [Message] public sealed record Audited(Guid OrderId);

        public sealed class Shipping
        {
            [Handler(Queue = "shipping")] public void Ship(ShipOrder order) { }
        }

        public sealed class Cancellations
        {
            [Handler(Queue = "billing")] public void Bill(OrderCancelled cancelled) { }

            [Handler(Queue = "stock")] public void Restock(OrderCancelled cancelled) { }

            [Handler(Queue = "refunds")] public async Task Refund(Refund refund, ConsumeContext<Refund> context)
            {
                // Handled on one queue: the convention has its address.
                await context.Send(new ShipOrder(refund.OrderId));
                // Handled on two: no convention, in a handler or anywhere else.
                await {|MSG0211:context.Send(new OrderCancelled(refund.OrderId))|};
                // Publish reaches both; an explicit address needs no convention.
                await context.Publish(new OrderCancelled(refund.OrderId));
                var stock = await context.GetSendEndpoint(new Uri("exchange:stock"));
                await stock.Send(new OrderCancelled(refund.OrderId));
            }
        }

        public static class Checkout
        {
            public static Task Cancel(IBus bus, Guid orderId) => {|MSG0211:bus.Send(new OrderCancelled(orderId), default(System.Threading.CancellationToken))|};

            // The application maps its own convention for this one: its sends have a destination.
            public static void Configure() => EndpointConvention.Map<Audited>(new Uri("exchange:audit-primary"));

            public static Task Audit(IBus bus, Guid orderId) => bus.Send(new Audited(orderId));
        }

        public sealed class Auditors
        {
            [Handler(Queue = "audit-primary")] public void Primary(Audited audited) { }

            [Handler(Queue = "audit-copy")] public void Copy(Audited audited) { }
        }
        """;

    [Fact]
    public async Task Send_without_an_address_of_a_message_handled_on_several_queues_is_reported_on_the_call()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0211").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.StartsWith(
            "'OrderCancelled' is handled on 2 queues of this assembly (billing, stock), so it has no send convention and this Send without an address throws at run time; Publish it to the queues that subscribe, or send it to one queue through its exchange (GetSendEndpoint(new Uri(\"exchange:billing\")))",
            d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
