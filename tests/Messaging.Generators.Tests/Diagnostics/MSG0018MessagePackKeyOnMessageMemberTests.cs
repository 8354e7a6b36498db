using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>
/// MSG0018: MessagePack-CSharp's [Key] on a [Message] member (a file with 'using MessagePack;', or code from before
/// [Key] became [WireKey]) — id, severity, span and message; the generator stays silent on the same input.
/// </summary>
public sealed class MSG0018MessagePackKeyOnMessageMemberTests
{
    private const string Source = """
        using MessagePack;
        using Messaging;

        namespace Shop.Contracts;

        [Message]
        public sealed class Invoice
        {
            [{|MSG0018:Key(1)|}] public int Number { get; set; }

            [{|MSG0018:Key(0)|}] public decimal Total { get; set; }
        }

        [Message]
        public sealed record Refund([property: {|MSG0018:Key(0)|}] int Number);

        // MessagePack-CSharp's own type: its [Key] is right there.
        [MessagePackObject]
        public sealed class GeoPoint
        {
            [Key(0)] public double Latitude { get; set; }
        }

        // Ours, with [WireKey]: nothing to report.
        [Message]
        public sealed class Credit
        {
            [WireKey(0)] public int Number { get; set; }
        }
        """;

    [Fact]
    public async Task MessagePack_Key_on_message_members_is_reported_on_the_attribute()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source, extraReferences: TestCompilation.MessagePackReferences))
            .Where(d => d.Id == "MSG0018").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(
            "'Invoice.Number' has MessagePack-CSharp's [Key(1)], which Messaging's formatter ignores: the member is written at its declared position; use [WireKey(1)] to fix its index",
            diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() =>
        AnalyzerHarness.AssertGeneratorSilent(Source, extraReferences: TestCompilation.MessagePackReferences);
}
