using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Messaging.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Messaging.Generators.Tests.Diagnostics;

/// <summary>The catalog's own rules: ids, help links, release tracking, documentation and tests for every descriptor.</summary>
public sealed partial class DiagnosticCatalogTests
{
    private static readonly DiagnosticDescriptor[] s_descriptors =
    [
        .. typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!),
    ];

    [Fact]
    public void Ids_are_unique_four_digit_MSG_ids_with_a_help_link_to_their_anchor()
    {
        Assert.NotEmpty(s_descriptors);
        Assert.Equal(s_descriptors.Length, s_descriptors.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(s_descriptors, descriptor =>
        {
            Assert.Matches(IdPattern(), descriptor.Id);
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)), descriptor.Id);
        });
    }

    [Fact]
    public void Every_descriptor_is_reported_by_an_analyzer_of_the_generator_assembly()
    {
        var supported = typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(s_descriptors, descriptor => Assert.Contains(descriptor.Id, supported));
    }

    [Fact]
    public void Every_id_has_a_release_tracking_row_with_its_category_and_severity()
    {
        var root = RepositoryRoot();
        var rows = File.ReadAllLines(Path.Combine(root, "generators", "Messaging.Generators", "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(root, "generators", "Messaging.Generators", "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("MSG", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], StringComparer.Ordinal);
        Assert.All(s_descriptors, descriptor =>
        {
            Assert.True(rows.TryGetValue(descriptor.Id, out var row), $"{descriptor.Id} has no release tracking row");
            Assert.Equal(descriptor.Category, row![1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        });
    }

    [Fact]
    public void Every_id_has_a_section_in_docs_diagnostics()
    {
        var headings = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"))
            .Where(line => line.StartsWith("## MSG", StringComparison.Ordinal))
            .Select(line => line[3..].Trim())
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(s_descriptors, descriptor => Assert.Contains(descriptor.Id, headings));
    }

    [Fact]
    public void Every_id_has_a_test_class_named_after_it()
    {
        var testClasses = typeof(DiagnosticCatalogTests).Assembly.GetTypes().Select(type => type.Name).ToList();
        Assert.All(s_descriptors, descriptor => Assert.Contains(testClasses, name => name.StartsWith(descriptor.Id, StringComparison.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Messaging.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Messaging.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("^MSG[0-9]{4}$")]
    private static partial Regex IdPattern();
}
