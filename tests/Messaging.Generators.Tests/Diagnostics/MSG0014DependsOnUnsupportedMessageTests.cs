using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0014: DependsOnUnsupportedMessage — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0014DependsOnUnsupportedMessageTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.IO;
        using Messaging;

        namespace Shop.Contracts;

        [Message] public sealed record Unsupported(Stream {|MSG0005:Body|});

        [Message] public sealed record {|MSG0014:Direct|}(Unsupported Inner);

        [Message] public sealed record {|MSG0014:ThroughCollection|}(List<Direct> Items);

        [Message] public sealed record Unaffected(int Value);
        """;

    [Fact]
    public async Task Message_containing_a_message_without_formatter_is_reported_transitively()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0014").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"'Shop.Contracts.Direct' contains 'Shop.Contracts.Unsupported', which gets no formatter", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
