using Npgsql;

namespace ReportBot.Telegram.Tests.Webhook;

/// <summary>A test against the real PostgreSQL server of <c>REPORTBOT_TEST_POSTGRES</c>; skipped, naming the variable, without one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(TestPostgres.Server))
        {
            Skip = TestPostgres.SkipReason;
        }
    }
}

/// <summary>A database of its own on the test server (created, and dropped afterwards), for bot processes to share.</summary>
public sealed class TestPostgres : IDisposable
{
    public const string Variable = "REPORTBOT_TEST_POSTGRES";

    public static string SkipReason => $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one; locally: source .ci/postgres.sh && pg_test_start)";

    public static string? Server => Environment.GetEnvironmentVariable(Variable);

    private readonly string _name = "rb_" + Guid.NewGuid().ToString("N")[..16];

    public TestPostgres()
    {
        Execute($"CREATE DATABASE {_name};");
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>One value read with a plain connection.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE);");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
