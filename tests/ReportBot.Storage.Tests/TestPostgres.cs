using Npgsql;

namespace ReportBot.Storage.Tests;

/// <summary>
/// A schema of its own on the test server (<c>REPORTBOT_TEST_POSTGRES</c>), dropped afterwards: tests run in
/// parallel without seeing each other's rows. <see cref="ConnectionString"/> puts the schema first on the search path.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    private readonly string _server;

    public TestPostgres()
    {
        _server = Environment.GetEnvironmentVariable(StoreFactDiscoverer.Variable)
            ?? throw new InvalidOperationException(StoreFactDiscoverer.SkipReason);
        Schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        Execute($"CREATE SCHEMA {Schema};");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { SearchPath = Schema }.ConnectionString;
    }

    public string Schema { get; }

    public string ConnectionString { get; }

    /// <summary>One value read with a plain connection, for assertions on what is stored.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Execute($"DROP SCHEMA {Schema} CASCADE;");
    }
}
