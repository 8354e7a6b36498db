using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0212: PublishOfNonMessage — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0212PublishOfNonMessageTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId);

        public sealed record OrderDraft(Guid OrderId);

        public interface IOrderEvent { }

        public static class Checkout
        {
            public static async Task Place(IMessagePublisher publisher, Guid id, IOrderEvent evt)
            {
                await publisher.PublishAsync(new OrderPlaced(id));
                await publisher.PublishAsync<OrderPlaced>(new OrderPlaced(id));
                await {|MSG0212:publisher.PublishAsync(new OrderDraft(id))|};
                // The static type is what is looked up: an interface is not a message even when the object is one.
                await {|MSG0212:publisher.PublishAsync(evt)|};
                await {|MSG0212:publisher.PublishAsync<object>(new OrderPlaced(id))|};
                await {|MSG0212:publisher.PublishAsync(new[] { new OrderPlaced(id) })|};
                // Through a wrapper of the application's own, T is not known at the call inside it: not reported.
                await Forward(publisher, new OrderDraft(id));
            }

            public static Task Forward<T>(IMessagePublisher publisher, T message)
                where T : class => publisher.PublishAsync(message);
        }
        """;

    [Fact]
    public async Task Publishing_a_type_that_is_not_a_message_is_reported_on_the_call()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0212").ToList();
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(
            "'OrderDraft' is not a [Message] type, so IMessagePublisher throws ArgumentException for it at run time; mark 'OrderDraft' [Message] (and call its assembly's generated AddXxx() in AddMessaging), or publish it with IBus.Publish",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(["OrderDraft", "IOrderEvent", "object", "OrderPlaced[]"],
            diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
