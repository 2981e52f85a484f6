using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// The one way this store touches the file: a unit of work on its own connection, retried with backoff while another
/// writer holds the lock; every other SQLite or file error becomes a <see cref="StorageException"/> naming the file.
/// </summary>
public sealed partial class SqliteConversationStore
{
    /// <summary>How many attempts a locked database gets before the store gives up (with backoff up to 2 s, plus SQLite's busy timeout each).</summary>
    public int LockAttempts { get; init; } = 60;

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = database.Open();
                var result = await work(connection);
                if (attempt > 1)
                {
                    Log.LockCleared(_logger, attempt);
                }

                return result;
            }
            catch (Exception error) when (SqliteFaults.IsTransient(error) && attempt < LockAttempts)
            {
                var delay = TimeSpan.FromMilliseconds(Math.Min(2000, 50 * Math.Pow(2, Math.Min(attempt, 10))));
                if (attempt == 1)
                {
                    Log.Locked(_logger, database.Path, delay);
                }

                await Task.Delay(delay, cancellationToken);
            }
            catch (Exception error) when (error is SqliteException or IOException or UnauthorizedAccessException)
            {
                throw new StorageException($"The database {database.Path} failed: {SqliteFaults.Describe(error)}", error);
            }
        }
    }

    private Task<bool> RunAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken) =>
        RunAsync<bool>(
            async connection =>
            {
                await work(connection);
                return true;
            },
            cancellationToken);

    private Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> map, CancellationToken cancellationToken) =>
        RunAsync(connection => ReadAsync(connection, null, sql, parameters, map, cancellationToken), cancellationToken);

    private static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object?> parameters, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private Task<int> ExecuteAsync(string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        RunAsync(connection => ExecuteAsync(connection, null, sql, parameters, cancellationToken), cancellationToken);

    private static async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
