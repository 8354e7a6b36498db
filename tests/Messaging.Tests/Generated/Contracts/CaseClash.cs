namespace Messaging.Tests.Generated.Contracts.CaseClash;

// Legal C#, but their formatters' hint names (Messaging.Tests.Generated.Contracts.CaseClash.Order.Formatter.g.cs and
// ...ORDER.Formatter.g.cs) are equal ignoring case, which Roslyn rejects. Before MessageSetResolver compared formatter
// names ignoring case, the generator threw CS8785 here and this assembly got no formatter at all.
// The analyzers report the clash (MSG0013), the holder left out with it (MSG0014) and their URNs, equal ignoring case
// (MSG0015); this file keeps them to test that the generator still emits everything else.
#pragma warning disable MSG0013, MSG0014, MSG0015

[Message]
public sealed record Order(int Quantity);

[Message]
public sealed record ORDER(string Code);

/// <summary>References one of the pair, so it is left out with them.</summary>
[Message]
public sealed record OrderHolder(Order Inner);
