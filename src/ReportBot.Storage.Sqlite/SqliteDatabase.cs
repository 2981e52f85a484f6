using Microsoft.Data.Sqlite;

namespace ReportBot.Storage.Sqlite;

/// <summary>The SQLite file: opens connections (WAL, foreign keys) and brings the schema up to date at start.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    /// <summary>Opens (and creates, with its folder) the database file at <paramref name="path"/> and migrates it.</summary>
    public SqliteDatabase(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Path = full;
        using var connection = Open();
        Migrations.Apply(connection);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>An open connection with WAL journaling and a busy timeout.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
