using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0109: UnsupportedReturnType — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0109UnsupportedReturnTypeTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public sealed class Handlers
        {
            [Handler(Queue = "a")] public {|MSG0109:int|} Handle(OrderPlaced order) => 1;

            [Handler(Queue = "b")] public {|MSG0109:Task<string>|} Audit(OrderPlaced order) => Task.FromResult("");
        }
        """;

    [Fact]
    public async Task Return_types_that_are_not_messages_are_reported_on_the_return_type()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0109").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"return void, Task, ValueTask", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
