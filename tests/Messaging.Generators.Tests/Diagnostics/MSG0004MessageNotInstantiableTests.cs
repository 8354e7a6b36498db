using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0004: MessageNotInstantiable — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0004MessageNotInstantiableTests
{
    private const string Source = """
        using Messaging;

        namespace Shop.Contracts;

        [Message] public abstract record {|MSG0004:Animal|}(string Name);

        [Message] public static class {|MSG0004:Constants|}
        {
            public const int Version = 1;
        }

        [Message] public sealed record Dog(string Name) : Animal(Name);
        """;

    [Fact]
    public async Task Abstract_and_static_messages_are_reported_on_their_names()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0004").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"is abstract", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
