using Npgsql;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL database: a pooled data source for the connection string, and the schema brought up to date at
/// start (<see cref="PostgresMigrations"/>). Anything that stops it from opening is a <see cref="StorageException"/>
/// naming the server and database, never the password.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;

    /// <summary>Connects with <paramref name="connectionString"/> and migrates the schema.</summary>
    public PostgresDatabase(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            // The message of a malformed connection string names the key, never the value.
            throw new StorageException($"Storage:ConnectionString cannot be read: {error.Message}", error);
        }

        Name = Describe(builder);
        // The bot's own name in pg_stat_activity; pooled connections are reset on return (advisory locks go with it).
        builder.ApplicationName ??= "reportbot";
        _source = NpgsqlDataSource.Create(builder);
        try
        {
            using var connection = _source.OpenConnection();
            PostgresMigrations.Apply(connection);
        }
        catch (Exception error) when (PostgresFaults.IsDatabaseError(error) || error is StorageException)
        {
            _source.Dispose();
            throw new StorageException($"Cannot open the database {Name}: {PostgresFaults.Describe(error)}", error);
        }
    }

    /// <summary>Server, port and database, for messages (no user name, no password).</summary>
    public string Name { get; }

    /// <summary>A new connection from the pool, open.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    /// <inheritdoc/>
    public void Dispose() => _source.Dispose();

    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? builder.Username ?? "(default)"}";
}
