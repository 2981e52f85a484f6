using Microsoft.Data.Sqlite;

namespace ReportBot.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("reportbot-db-");

    public string Folder => System.IO.Path.Combine(_directory.FullName, "data");

    public string Path => System.IO.Path.Combine(Folder, "reportbot.db");

    public SqliteDatabase Open(int busyTimeoutMilliseconds = 5000) => new(Path, busyTimeoutMilliseconds);

    /// <summary>One value read with a plain connection, for assertions on what is stored.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
