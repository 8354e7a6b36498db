using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0108: UnsupportedHandlerParameter — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0108UnsupportedHandlerParameterTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        [Message] public sealed record InvoiceCreated(Guid OrderId);

        public sealed class Handlers
        {
            [Handler(Queue = "a")] public void Handle(OrderPlaced order, {|MSG0108:int|} count) { }

            [Handler(Queue = "b")] public void Audit(OrderPlaced order, {|MSG0108:MassTransit.ConsumeContext<InvoiceCreated>|} context) { }

            [Handler(Queue = "c")] public void Pair(OrderPlaced order, {|MSG0108:InvoiceCreated|} invoice) { }

            [Handler(Queue = "d")] public void Named(OrderPlaced order, {|MSG0108:string|} region) { }

            [Handler(Queue = "e")] public void Inherit(OrderPlaced order, [Microsoft.Extensions.DependencyInjection.FromKeyedServices] {|MSG0108:IClock|} clock) { }

            [Handler(Queue = "f")] public void KeyedToken(OrderPlaced order, [Microsoft.Extensions.DependencyInjection.FromKeyedServices("x")] {|MSG0108:System.Threading.CancellationToken|} ct) { }

            [Handler(Queue = "g")] public void HiddenKey(OrderPlaced order, [Microsoft.Extensions.DependencyInjection.FromKeyedServices(Zone.Eu)] {|MSG0108:IClock|} clock) { }

            [Handler(Queue = "h")] public void Dynamic(OrderPlaced order, {|MSG0108:dynamic|} anything) { }

            private enum Zone { Eu }
        }

        public interface IClock
        {
        }
        """;

    [Fact]
    public async Task Parameters_the_consumer_cannot_supply_are_reported_on_their_types()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0108").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"Handler 'Handlers.Handle' gets no consumer: parameter 'count' has type 'int'", System.StringComparison.Ordinal));
        // Reference types, but never services: resolving them would fail on the first message.
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"Handler 'Handlers.Pair' gets no consumer: parameter 'invoice' has type 'Shop.InvoiceCreated', a [Message]", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"Handler 'Handlers.Named' gets no consumer: parameter 'region' has type 'string', which is a value, not a service", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"parameter 'ct' has [FromKeyedServices] but is a 'CancellationToken', which the consumer passes itself", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"parameter 'clock' asks for a keyed service whose key's type 'Shop.Handlers.Zone' generated code cannot name", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"parameter 'anything' has type 'dynamic'", System.StringComparison.Ordinal));
        // A keyed lookup that inherits the key of the service it belongs to: a handler has none.
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"Handler 'Handlers.Inherit' gets no consumer: parameter 'clock' asks for a keyed service without naming its key", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
