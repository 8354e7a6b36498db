using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Messaging.Generators.Diagnostics;
using Messaging.Generators.Model;
using Messaging.Generators.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Messaging.Generators.ContractLock;

/// <summary>
/// Compares the committed contract lock with the messages the compilation declares, and reports every change that
/// would break a running peer as an error (MSG0501–MSG0506), every compatible addition as "lock out of date"
/// (MSG0507), and a lock it cannot read as MSG0500. Without a lock file it does nothing: the lock is opt-in.
/// </summary>
/// <remarks>
/// The lock is the <c>AdditionalFiles</c> item with <c>MessagingContractLock="true"</c> metadata (Messaging.targets
/// adds it), or, for hosts without the targets, one named <see cref="DefaultFileName"/>. The contract of each message
/// comes from <see cref="ContractParser"/>, which the generator writes the lock from, so the two cannot disagree.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractLockAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The lock's default file name, in the project directory.</summary>
    public const string DefaultFileName = "messaging.contract.json";

    /// <summary>The MSBuild property that asks for the lock to be rewritten; while it is set, nothing is compared.</summary>
    internal const string UpdateProperty = "build_property.UpdateMessagingContract";

    /// <summary>The <c>AdditionalFiles</c> metadata that marks the lock.</summary>
    internal const string LockMetadata = "build_metadata.AdditionalFiles.MessagingContractLock";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.InvalidContractLock,
        DiagnosticDescriptors.LockedMessageRemoved,
        DiagnosticDescriptors.LockedFieldRemoved,
        DiagnosticDescriptors.LockedIndexReused,
        DiagnosticDescriptors.LockedFieldMoved,
        DiagnosticDescriptors.LockedFieldWireTypeChanged,
        DiagnosticDescriptors.LockedEntityRenamed,
        DiagnosticDescriptors.ContractLockOutOfDate,
        DiagnosticDescriptors.LockedExchangeKindChanged,
    ];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var lockFile = FindLock(start.Options);
            if (lockFile is null || IsUpdating(start.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            var messages = new ConcurrentBag<INamedTypeSymbol>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is INamedTypeSymbol type && type.FindAttribute(TypeNames.MessageAttribute) is not null)
                    {
                        messages.Add(type);
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => Analyze(end, lockFile, messages));
        });
    }

    private static void Analyze(CompilationAnalysisContext context, AdditionalText lockFile, ConcurrentBag<INamedTypeSymbol> declared)
    {
        var text = lockFile.GetText(context.CancellationToken);
        if (text is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidContractLock, Location.None, lockFile.Path, "the file could not be read"));
            return;
        }

        var read = ContractLockReader.Read(text.ToString());
        if (read.Error is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidContractLock, LockLocation(lockFile, text, read.ErrorSpan), lockFile.Path, read.Error));
            return;
        }

        var types = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
        var current = new Dictionary<string, ContractMessageSpec?>(StringComparer.Ordinal);
        foreach (var type in declared)
        {
            var name = type.GetDottedName();
            types[name] = type;
            current[name] = ContractParser.Describe(type, context.Compilation, context.CancellationToken);
        }

        foreach (var change in ContractComparer.Compare(read.Messages, current))
        {
            var location = change.LockEntry is { } entry
                ? LockLocation(lockFile, text, entry.TypeSpan)
                : Locate(types[change.MessageType], change.MemberName);
            context.ReportDiagnostic(Diagnostic.Create(change.Descriptor, location, change.Arguments));
        }
    }

    // The member's declaration (the parameter of a positional record), searching base types for inherited members;
    // the type's name when the change concerns the message as a whole.
    private static Location Locate(INamedTypeSymbol type, string? memberName)
    {
        if (memberName is not null)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(memberName))
                {
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsImplicitlyDeclared && member.Locations.Length > 0 && member.Locations[0].IsInSource)
                    {
                        return member.Locations[0];
                    }
                }
            }
        }

        return type.Locations.Length > 0 ? type.Locations[0] : Location.None;
    }

    private static Location LockLocation(AdditionalText lockFile, SourceText text, TextSpan span) =>
        Location.Create(lockFile.Path, span, text.Lines.GetLinePositionSpan(span));

    private static AdditionalText? FindLock(AnalyzerOptions options)
    {
        AdditionalText? byName = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(LockMetadata, out var marked)
                && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }

            if (byName is null && string.Equals(FileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase))
            {
                byName = file;
            }
        }

        return byName;
    }

    private static bool IsUpdating(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue(UpdateProperty, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
