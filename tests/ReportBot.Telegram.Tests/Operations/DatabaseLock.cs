using Microsoft.Data.Sqlite;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>Another writer holding the database's write lock (BEGIN IMMEDIATE) until disposed.</summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public DatabaseLock(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        using var begin = _connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();
    }

    public void Dispose()
    {
        using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        _connection.Dispose();
    }
}
