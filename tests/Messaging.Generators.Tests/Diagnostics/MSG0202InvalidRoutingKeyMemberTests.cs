using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Messaging.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>MSG0202: InvalidRoutingKeyMember — id, severity, span and message; the generator stays silent on the same input.</summary>
public sealed class MSG0202InvalidRoutingKeyMemberTests
{
    private const string Source = """
        using System;
        using Messaging;

        namespace Shop.Contracts;

        [Message] public sealed record Link([property: {|MSG0202:RoutingKey|}] byte[] Target);

        [Message]
        public sealed class Activity
        {
            [{|MSG0202:PartitionKey|}] public static string Shard { get; set; } = "";

            public int Sequence { get; set; }
        }
        """;

    [Fact]
    public async Task Key_on_a_type_without_a_string_conversion_or_a_static_member_is_reported_on_its_attribute()
    {
        var diagnostics = (await AnalyzerHarness.VerifyAsync(Source)).Where(d => d.Id == "MSG0202").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains(@"has type 'byte[]', which has no string conversion for a key", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Generator_stays_silent_and_its_output_compiles() => AnalyzerHarness.AssertGeneratorSilent(Source);
}
