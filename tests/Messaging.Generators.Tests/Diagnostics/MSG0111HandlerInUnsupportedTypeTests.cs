using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0111: HandlerInUnsupportedType — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0111HandlerInUnsupportedTypeTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Messaging;

        namespace Shop;

        [Message] public sealed record OrderPlaced(Guid OrderId, [property: RoutingKey] string Region);

        public struct Handlers
        {
            [Handler] public void {|MSG0111:Handle|}(OrderPlaced order) { }
        }

        public interface IHandlers
        {
            [Handler] void {|MSG0111:Handle|}(OrderPlaced order);
        }
        """;

    [Fact]
    public async Task Instance_handler_in_a_struct_or_interface_is_reported()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0111").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"must be declared in a class", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
