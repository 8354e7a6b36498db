using Messaging;

#pragma warning disable CA1050 // The point of this contract is to live in the global namespace.

/// <summary>A message in the global namespace: its formatter is named after the type alone.</summary>
[Message]
public sealed record GlobalPing(int Sequence);
