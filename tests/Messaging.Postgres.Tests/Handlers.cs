using System;
using System.Threading;
using System.Threading.Tasks;
using Ledger.Contracts;
using MassTransit;
using Messaging;
using Messaging.Postgres;
using Messaging.Postgres.Tests.Infrastructure;
using Npgsql;

namespace Ledger.Handlers;

/// <summary>
/// The deposit handler: writes its effect (a row in <c>effects</c>, which has no unique key, so a second effect would
/// show as a second row) in the inbox's transaction, then returns <see cref="DepositRecorded"/>, which the outbox
/// publishes after the commit. The probe decides whether an attempt fails after the effect was written.
/// </summary>
public sealed class LedgerHandlers(PostgresUnitOfWork unitOfWork, LedgerProbe probe)
{
    [Handler(Queue = "ledger")]
    [Idempotent]
    [Retry(3)]
    public async Task<DepositRecorded?> Handle(Deposit deposit, ConsumeContext<Deposit> context, CancellationToken cancellationToken)
    {
        var messageId = context.MessageId ?? Guid.Empty;
        probe.Attempted(messageId);
        await using (var effect = new NpgsqlCommand("INSERT INTO effects (message_id, account_id, amount) VALUES ($1, $2, $3)", unitOfWork.Connection, unitOfWork.Transaction))
        {
            effect.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
            effect.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = deposit.AccountId });
            effect.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = deposit.Amount });
            await effect.ExecuteNonQueryAsync(cancellationToken);
        }

        if (deposit.Note == "through the context")
        {
            // Published through MassTransit's ConsumeContext, with a callback that fixes the id: it joins the outbox too.
            await context.Publish(new DepositRecorded(deposit.AccountId, deposit.Amount), publish => publish.MessageId = deposit.AccountId, cancellationToken);
        }

        if (probe.ShouldFail(deposit))
        {
            throw new InvalidOperationException($"Deposit {messageId} failed on purpose after writing its effect.");
        }

        await probe.WaitWhileHeldAsync(deposit, cancellationToken);
        return deposit.Note is "silent" or "through the context" ? null : new DepositRecorded(deposit.AccountId, deposit.Amount);
    }
}

/// <summary>Receives what the outbox publishes; not idempotent, so every delivery is counted.</summary>
public static class AuditHandlers
{
    [Handler(Queue = "audit")]
    public static Task Recorded(DepositRecorded recorded, ConsumeContext<DepositRecorded> context, LedgerProbe probe)
    {
        probe.Audited(context.MessageId ?? Guid.Empty, recorded.AccountId);
        return Task.CompletedTask;
    }

    [Handler(Queue = "audit")]
    public static Task Opened(AccountOpened opened, ConsumeContext<AccountOpened> context, LedgerProbe probe)
    {
        probe.Audited(context.MessageId ?? Guid.Empty, opened.AccountId);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The fault tests' consumer: its effect (a row in <c>effects</c>) commits with the inbox row. Retried for up to a minute,
/// so a delivery that meets the database restarting waits for it rather than ending in <c>_error</c>.
/// </summary>
public sealed class TransferHandlers(PostgresUnitOfWork unitOfWork, LedgerProbe probe)
{
    [Handler(Queue = "transfers", PrefetchCount = 32, ConcurrencyLimit = 8)]
    [Idempotent]
    [Retry(120, IntervalMilliseconds = 500)]
    public async Task Handle(Transfer transfer, ConsumeContext<Transfer> context, CancellationToken cancellationToken)
    {
        var messageId = context.MessageId ?? Guid.Empty;
        probe.Attempted(messageId);
        await using var effect = new NpgsqlCommand("INSERT INTO effects (message_id, account_id, amount) VALUES ($1, $2, $3)", unitOfWork.Connection, unitOfWork.Transaction);
        effect.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
        effect.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = transfer.TransferId });
        effect.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = transfer.Sequence });
        await effect.ExecuteNonQueryAsync(cancellationToken);
    }
}
