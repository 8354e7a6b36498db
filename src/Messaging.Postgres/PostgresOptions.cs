using System;
using System.Text.RegularExpressions;

namespace Messaging.Postgres;

/// <summary>Where Messaging keeps its inbox and outbox in PostgreSQL, and how the outbox is relayed.</summary>
public sealed partial class PostgresOptions
{
    /// <summary>The Npgsql connection string (<c>Host=db;Database=shop;Username=shop;Password=…</c>). Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The schema of the <c>inbox</c> and <c>outbox</c> tables. Default: <c>messaging</c>.</summary>
    public string Schema { get; set; } = "messaging";

    /// <summary>
    /// Whether the schema and tables are created (idempotently) when first needed. Default: <see langword="true"/>. Turn it
    /// off where an operator runs <see cref="PostgresMessagingSchema.Script"/> and the service's user may not create tables.
    /// </summary>
    public bool CreateSchema { get; set; } = true;

    /// <summary>
    /// How long the inbox remembers a handled message: a duplicate delivered later is handled again. Default: 7 days —
    /// longer than any broker redelivery or publisher retry should take.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired inbox rows are deleted. Default: 10 minutes.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether this process runs an outbox relay (several processes may; each row is published by one at a time). Default: <see langword="true"/>.</summary>
    public bool RunRelay { get; set; } = true;

    /// <summary>
    /// How often the relay looks for rows written by other processes. Rows this process commits are relayed at once.
    /// Default: 1 second.
    /// </summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most rows one relay transaction takes. Default: 100.</summary>
    public int RelayBatchSize { get; set; } = 100;

    /// <summary>Checks the options, naming the setting that is wrong.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("PostgresOptions.ConnectionString is empty: set the Npgsql connection string of the database the inbox and outbox live in.", nameof(ConnectionString));
        }

        if (Schema is null || !IdentifierPattern().IsMatch(Schema))
        {
            throw new ArgumentException($"PostgresOptions.Schema '{Schema}' is not a plain PostgreSQL identifier: use lower-case letters, digits and '_' (at most 63), starting with a letter or '_'.", nameof(Schema));
        }

        if (InboxRetention <= TimeSpan.Zero || CleanupInterval <= TimeSpan.Zero || RelayPollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("PostgresOptions.InboxRetention, CleanupInterval and RelayPollInterval must be positive.");
        }

        if (RelayBatchSize is < 1 or > 10_000)
        {
            throw new ArgumentException($"PostgresOptions.RelayBatchSize {RelayBatchSize} is out of range: use 1-10000.", nameof(RelayBatchSize));
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
