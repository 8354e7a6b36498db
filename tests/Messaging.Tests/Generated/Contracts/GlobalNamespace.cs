using Messaging;

#pragma warning disable CA1050 // The point of this contract is to live in the global namespace.
#pragma warning disable MSG0001 // It gets a formatter and no route, which is what the tests check.

/// <summary>A message in the global namespace: its formatter is named after the type alone.</summary>
[Message]
public sealed record GlobalPing(int Sequence);
