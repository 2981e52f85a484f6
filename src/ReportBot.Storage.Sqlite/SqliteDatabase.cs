using Microsoft.Data.Sqlite;
using ReportBot.Core.Conversations;
using ReportBot.Core.Files;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// The SQLite file: opens connections (WAL, busy timeout) and brings the schema up to date at start. The folder is
/// created 0700 and the database with its -wal and -shm files 0600 (SQLite gives those the main file's mode).
/// Anything that stops the file from opening is a <see cref="StorageException"/> naming the path.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;

    /// <summary>Opens (and creates, with its folder) the database file at <paramref name="path"/> and migrates it.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="busyTimeoutMilliseconds">How long SQLite itself waits for a lock before the store's own retries.</param>
    public SqliteDatabase(string path, int busyTimeoutMilliseconds = 5000)
    {
        var full = System.IO.Path.GetFullPath(path);
        Path = full;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite itself retries a busy statement until the command timeout: keep it in step
            // with the busy timeout, so the store's own backoff (and its log line) takes over after that.
            DefaultTimeout = Math.Max(1, (busyTimeoutMilliseconds + 999) / 1000),
        }.ToString();
        try
        {
            PrivateFiles.CreateFolder(System.IO.Path.GetDirectoryName(full)!);
            PrivateFiles.Touch(full);
            using var connection = Open();
            Migrations.Apply(connection);
            RestrictSideFiles();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or SqliteException)
        {
            SqliteConnection.ClearAllPools();
            throw new StorageException($"Cannot open the database {full}: {SqliteFaults.Describe(error)}", error);
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>An open connection with WAL journaling and a busy timeout.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout={_busyTimeoutMilliseconds}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Narrows -wal and -shm to 0600 in case they were created before this version (or by another tool).</summary>
    private void RestrictSideFiles()
    {
        PrivateFiles.Restrict(Path + "-wal");
        PrivateFiles.Restrict(Path + "-shm");
    }
}
