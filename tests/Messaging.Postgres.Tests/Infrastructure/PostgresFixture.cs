using System;
using System.Threading;
using System.Threading.Tasks;
using Messaging.Testing;
using Npgsql;
using Xunit;

namespace Messaging.Postgres.Tests.Infrastructure;

/// <summary>A PostgreSQL server of the test class's own; each test takes a fresh database on it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private static int s_databases;
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server has not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Creates an empty database with the handlers' <c>effects</c> table and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}";
        await ExecuteAsync(Server.ConnectionString, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = name }.ConnectionString;
        // No unique key: a second effect of one message is a second row, which the tests count.
        await ExecuteAsync(connectionString, "CREATE TABLE effects (message_id uuid NOT NULL, account_id uuid NOT NULL, amount numeric NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())");
        return connectionString;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The handlers' effects, per message id (more than one is a double effect), or none while the server restarts.</summary>
    public static System.Collections.Generic.Dictionary<Guid, int> EffectsByMessage(string connectionString)
    {
        var effects = new System.Collections.Generic.Dictionary<Guid, int>();
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT message_id, count(*) FROM effects GROUP BY message_id", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                effects[reader.GetGuid(0)] = (int)reader.GetInt64(1);
            }
        }
        catch (NpgsqlException)
        {
            // Still restarting: nothing readable yet.
            effects.Clear();
        }

        return effects;
    }

    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
