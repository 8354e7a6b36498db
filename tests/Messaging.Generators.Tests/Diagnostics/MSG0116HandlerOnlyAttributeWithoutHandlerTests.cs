using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0116: HandlerOnlyAttributeWithoutHandler — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0116HandlerOnlyAttributeWithoutHandlerTests
{
    private const string Source = """
        using System;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId);

        public sealed class Handlers
        {
            [{|MSG0116:Retry(3)|}, {|MSG0116:Idempotent|}] public void Handle(OrderPlaced order) { }

            [Handler, Retry(3), Idempotent] public void Handled(OrderPlaced order) { }
        }
        """;

    [Fact]
    public async Task Retry_and_Idempotent_without_Handler_are_reported_on_each_attribute()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0116").ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal("'Handlers.Handle' has [Retry] but no [Handler], so no consumer runs it and [Retry] has no effect; add [Handler] to the method, or remove [Retry]",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
