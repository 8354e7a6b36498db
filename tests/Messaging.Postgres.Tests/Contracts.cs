using System;

namespace Ledger.Contracts;

/// <summary>Money paid into an account: the [Idempotent] handler's message.</summary>
[Messaging.Message]
public sealed record Deposit(Guid AccountId, decimal Amount, string Note);

/// <summary>What the deposit handler publishes (through the outbox) once the deposit is recorded.</summary>
[Messaging.Message]
public sealed record DepositRecorded(Guid AccountId, decimal Amount);

/// <summary>Published from outside any handler, by a unit of work (a web request's).</summary>
[Messaging.Message]
public sealed record AccountOpened(Guid AccountId, string Owner);

/// <summary>Written to the outbox by the fault tests' producers; handled by an [Idempotent] handler with a long retry.</summary>
[Messaging.Message]
public sealed record Transfer(Guid TransferId, int Sequence);
