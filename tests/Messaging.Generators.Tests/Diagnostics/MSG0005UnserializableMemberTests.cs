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

    private const string MessagePackCSharpTypes = """
        using System;
        using MessagePack;
        using MessagePack.Formatters;
        using Messaging;

        namespace Shop.Contracts;

        [MessagePackObject]
        public sealed class Point
        {
            [Key(0)] public int X { get; set; }
        }

        public sealed class Plain
        {
            public int X { get; set; }
        }

        public sealed class WrongFormatter : IMessagePackFormatter<string>
        {
            public void Serialize(ref MessagePackWriter writer, string value, MessagePackSerializerOptions options) => writer.Write(value);

            public string Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) => reader.ReadString()!;
        }
        """;

    [Fact]
    public async Task Type_with_no_formatter_anywhere_is_reported_and_the_help_names_the_MessagePack_CSharp_option()
    {
        const string source = """
            [Message] public sealed record Located(Plain {|MSG0005:At|}, [property: UseMessagePackCSharp] Plain Elsewhere);
            """;

        var diagnostic = Assert.Single(await AnalyzerHarness.VerifyAsync(MessagePackCSharpTypes + "\n" + source, extraReferences: TestCompilation.MessagePackCSharpReferences));
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'Located.At' cannot be serialized: type 'Shop.Contracts.Plain' has no MessagePack mapping", message, System.StringComparison.Ordinal);
        Assert.Contains("[UseMessagePackCSharp] on the member", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagePack_CSharp_types_are_accepted_when_the_bridge_is_referenced()
    {
        const string source = """
            [Message] public sealed record Located(Point At, Point[] Path, [property: UseMessagePackCSharp] System.Version Version);
            """;

        Assert.Empty(await AnalyzerHarness.VerifyAsync(MessagePackCSharpTypes + "\n" + source, extraReferences: TestCompilation.MessagePackCSharpReferences));
        AnalyzerHarness.AssertGeneratorSilent(MessagePackCSharpTypes + "\n" + source, extraReferences: TestCompilation.MessagePackCSharpReferences);
    }

    [Fact]
    public async Task MessagePack_CSharp_type_without_the_bridge_is_reported_with_the_package_to_add()
    {
        const string source = """
            [Message] public sealed record Located(Point {|MSG0005:At|}, [property: UseMessagePackCSharp] int {|MSG0005:Count|});
            """;

        var diagnostics = await AnalyzerHarness.VerifyAsync(MessagePackCSharpTypes + "\n" + source, extraReferences: TestCompilation.MessagePackReferences);
        Assert.Contains(
            "'Located.At' cannot be serialized: type 'Shop.Contracts.Point' is written by MessagePack-CSharp ([MessagePackObject]), which needs the Messaging.MessagePackCSharp package: add a reference to it",
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture),
            System.StringComparison.Ordinal);
        Assert.Contains("([UseMessagePackCSharp]), which needs the Messaging.MessagePackCSharp package", diagnostics[1].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        AnalyzerHarness.AssertGeneratorSilent(MessagePackCSharpTypes + "\n" + source, extraReferences: TestCompilation.MessagePackReferences);
    }

    [Fact]
    public async Task Member_formatter_of_another_type_is_reported()
    {
        const string source = """
            [Message] public sealed record Counted([property: MessagePackFormatter(typeof(WrongFormatter))] int {|MSG0005:Count|});
            """;

        var diagnostic = Assert.Single(await AnalyzerHarness.VerifyAsync(MessagePackCSharpTypes + "\n" + source, extraReferences: TestCompilation.MessagePackCSharpReferences));
        Assert.Contains("formatter 'Shop.Contracts.WrongFormatter' does not implement IMessagePackFormatter<int>", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
