using Microsoft.Data.Sqlite;

namespace ReportBot.Storage.Sqlite;

/// <summary>
/// Schema versions, applied in order at start inside one transaction each; <c>PRAGMA user_version</c> records the
/// version reached. A migration is never edited once shipped: changes are new entries.
/// </summary>
public static class Migrations
{
    /// <summary>The schema, one script per version (index 0 = version 1).</summary>
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE sessions (
            conversation_key TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
        """
        CREATE TABLE inbox (
            update_id INTEGER PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            payload TEXT NOT NULL,
            received_at TEXT NOT NULL,
            applied_at TEXT
        );
        CREATE INDEX inbox_pending ON inbox (conversation_key, update_id) WHERE applied_at IS NULL;
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_key TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            failed_at TEXT,
            error TEXT
        );
        CREATE INDEX outbox_pending ON outbox (channel_key, id) WHERE sent_at IS NULL AND failed_at IS NULL;
        CREATE TABLE kv (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
        """
        ALTER TABLE sessions ADD COLUMN last_activity TEXT;
        UPDATE sessions SET last_activity = json_extract(data, '$.updatedAt');
        CREATE INDEX sessions_idle ON sessions (last_activity);
        """,
    ];

    /// <summary>The version a fully migrated database has.</summary>
    public static int Latest => Scripts.Count;

    /// <summary>Brings the database up to <see cref="Latest"/> (or to <paramref name="target"/>, for tests).</summary>
    public static void Apply(SqliteConnection connection, int? target = null)
    {
        var current = Version(connection);
        for (var version = current + 1; version <= (target ?? Latest); version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Scripts[version - 1] + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The schema version of an open database (0 for a new file).</summary>
    public static int Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
