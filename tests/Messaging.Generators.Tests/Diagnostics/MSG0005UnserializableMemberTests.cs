using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0005: UnserializableMember — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0005UnserializableMemberTests
{
    private const string Source = """
        using System.IO;
        using Messaging;

        namespace Shop.Contracts;

        [Message] public sealed record Upload(string Name, Stream {|MSG0005:Body|});

        [Message]
        public sealed class Envelope
        {
            public object? {|MSG0005:Payload|} { get; set; }

            public int Version { get; set; }
        }
        """;

    [Fact]
    public async Task Member_without_a_wire_mapping_is_reported_on_its_name_with_the_reason()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0005").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"'Upload.Body' cannot be serialized: type 'System.IO.Stream'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
