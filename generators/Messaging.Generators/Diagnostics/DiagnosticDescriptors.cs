using Microsoft.CodeAnalysis;

namespace Messaging.Generators.Diagnostics;

/// <summary>
/// The one catalog of Messaging's diagnostics. Ids are <c>MSG</c> and four digits, assigned by hand, never reused or
/// renumbered: MSG0001–MSG0099 messages, MSG0100–MSG0199 handlers, MSG0200–MSG0299 routing and retry,
/// MSG0500–MSG0599 the contract lock. Every id has an anchor in docs/diagnostics.md.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Where each id's documentation lives; the anchor is the lower-case id.</summary>
    public const string HelpLinkBase = "https://github.com/messaging-dotnet/messaging/blob/main/docs/diagnostics.md#";

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category,
        DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
