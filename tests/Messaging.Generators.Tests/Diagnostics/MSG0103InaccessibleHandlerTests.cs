using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0103: InaccessibleHandler — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0103InaccessibleHandlerTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public class Handlers
        {
            [Handler(Queue = "a")] private void {|MSG0103:Handle|}(OrderPlaced order) { }

            [Handler(Queue = "b")] protected void {|MSG0103:Audit|}(OrderPlaced order) { }

            [Handler(Queue = "c")] internal void Valid(OrderPlaced order) { }
        }

        public sealed class Inline
        {
            public void Run()
            {
                [Handler] void {|MSG0103:Handle|}(OrderPlaced order) { }

                Action<OrderPlaced> audit = [{|MSG0103:Handler|}] (OrderPlaced order) => { };
                Handle(new OrderPlaced(Guid.Empty, "eu"));
                audit(new OrderPlaced(Guid.Empty, "eu"));
            }
        }
        """;

    [Fact]
    public async Task Private_and_protected_handlers_are_reported_on_their_names()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0103").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"make it public", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
