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
    private readonly string _synchronous;
    private readonly string _writerConnectionString;

    /// <summary>Opens (and creates, with its folder) the database file at <paramref name="path"/> and migrates it.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="busyTimeoutMilliseconds">How long SQLite itself waits for a lock before the store's own retries.</param>
    /// <param name="synchronous">How durable a commit is (see <see cref="SqliteSynchronous"/>).</param>
    public SqliteDatabase(string path, int busyTimeoutMilliseconds = 5000, SqliteSynchronous synchronous = SqliteSynchronous.Normal)
    {
        var full = System.IO.Path.GetFullPath(path);
        Path = full;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _synchronous = synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL";
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite itself retries a busy statement until the command timeout: keep it in step
            // with the busy timeout, so the store's own backoff (and its log line) takes over after that.
            DefaultTimeout = Math.Max(1, (busyTimeoutMilliseconds + 999) / 1000),
        }.ToString();
        // The writer keeps one connection for the process's life (its prepared statements and page cache with it).
        _writerConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
        try
        {
            PrivateFiles.CreateFolder(System.IO.Path.GetDirectoryName(full)!);
            PrivateFiles.Touch(full);
            using var connection = Open();
            // WAL is a property of the file: set once here, not on every connection.
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                wal.ExecuteNonQuery();
            }

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

    /// <summary>An open (pooled) connection with the busy timeout and the durability setting.</summary>
    public SqliteConnection Open() => Open(_connectionString);

    /// <summary>
    /// A connection of its own, not pooled, for the store's writer. It checkpoints the WAL every
    /// <see cref="CheckpointPages"/> pages instead of SQLite's 1000: the pipeline rewrites the same few pages (the
    /// pending indexes, the newest rows) in every commit, and a checkpoint copies each page once however often it
    /// changed, so a longer interval copies far fewer pages per turn.
    /// </summary>
    internal SqliteConnection OpenWriter()
    {
        var connection = Open(_writerConnectionString);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA wal_autocheckpoint={CheckpointPages}; PRAGMA journal_size_limit={CheckpointPages * 4096L * 2};";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>WAL pages between checkpoints (4 KB each: the WAL file stays below about 80 MB).</summary>
    internal static int CheckpointPages { get; set; } = 10_000;

    private SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout={_busyTimeoutMilliseconds}; PRAGMA synchronous={_synchronous}; PRAGMA foreign_keys=ON;";
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
