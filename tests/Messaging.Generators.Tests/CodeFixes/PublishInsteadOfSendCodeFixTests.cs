using System.Threading.Tasks;
using Messaging.Generators.CodeFixes;
using Messaging.Generators.Tests.Infrastructure;
using Xunit;

namespace Messaging.Generators.Tests.CodeFixes;

public sealed class PublishInsteadOfSendCodeFixTests
{
    private const string Messages = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using MassTransit;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderCancelled(Guid OrderId);

        public sealed class Cancellations
        {
            [Handler(Queue = "billing")] public void Bill(OrderCancelled cancelled) { }

            [Handler(Queue = "stock")] public void Restock(OrderCancelled cancelled) { }
        }

        """;

    [Fact]
    public async Task Send_on_the_bus_becomes_publish_with_its_arguments()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync(Messages + """
            public static class Checkout
            {
                public static Task Cancel(IBus bus, Guid id, CancellationToken ct) => bus.Send(new OrderCancelled(id), ct);
            }
            """, new PublishInsteadOfSendCodeFix(), "MSG0211");

        Assert.Equal(Messages + """
            public static class Checkout
            {
                public static Task Cancel(IBus bus, Guid id, CancellationToken ct) => bus.Publish(new OrderCancelled(id), ct);
            }
            """, fixedSource);
    }

    [Fact]
    public async Task Generic_send_of_initializer_values_in_a_consumer_becomes_generic_publish()
    {
        var fixedSource = await CodeFixHarness.ApplyAsync(Messages + """
            public static class Checkout
            {
                public static Task Cancel(ConsumeContext context, Guid id) =>
                    context.Send<OrderCancelled>(new { OrderId = id });
            }
            """, new PublishInsteadOfSendCodeFix(), "MSG0211");

        Assert.Equal(Messages + """
            public static class Checkout
            {
                public static Task Cancel(ConsumeContext context, Guid id) =>
                    context.Publish<OrderCancelled>(new { OrderId = id });
            }
            """, fixedSource);
    }

    [Fact]
    public async Task No_fix_where_a_binding_would_filter_the_publish()
    {
        var offered = await CodeFixHarness.OfferedAsync("""
            using System;
            using System.Threading.Tasks;
            using MassTransit;
            using Messaging;

            namespace Shop;

            [Message] public sealed record OrderCancelled(Guid OrderId, [property: RoutingKey] string Region);

            public sealed class Cancellations
            {
                [Handler(Queue = "billing", Binding = "eu.*")] public void Bill(OrderCancelled cancelled) { }

                [Handler(Queue = "stock")] public void Restock(OrderCancelled cancelled) { }
            }

            public static class Checkout
            {
                public static Task Cancel(IBus bus, Guid id) => bus.Send(new OrderCancelled(id, "us.east"));
            }
            """, new PublishInsteadOfSendCodeFix(), "MSG0211");

        // Published with key us.east, it would not reach billing: a Send to one queue is the user's choice.
        Assert.Empty(offered);
    }

    [Fact]
    public async Task No_fix_where_the_receiver_cannot_publish()
    {
        var offered = await CodeFixHarness.OfferedAsync(Messages + """
            public static class Checkout
            {
                public static Task Cancel(ISendEndpointProvider endpoints, Guid id) => endpoints.Send(new OrderCancelled(id));
            }
            """, new PublishInsteadOfSendCodeFix(), "MSG0211");

        Assert.Empty(offered);
    }
}
