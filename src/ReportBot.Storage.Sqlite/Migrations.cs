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
        // Version 4: a real in_progress column (written at save time, so SQL never reads the session JSON); inbox
        // rows get their own id, a fingerprint (update ids may restart), attempts and a dead-letter mark; outbox rows
        // know their conversation and keep documents apart; access control; indexes for pruning.
        """
        ALTER TABLE sessions ADD COLUMN in_progress INTEGER NOT NULL DEFAULT 0;
        UPDATE sessions SET in_progress = CASE
            WHEN coalesce(json_extract(data, '$.templateId'), json_extract(data, '$.interview.templateId')) IS NOT NULL
                 AND coalesce(json_extract(data, '$.phase'), 'ChoosingTemplate')
                     IN ('Asking', 'Reviewing', 'PickingSection', 'ConfirmingCancel', 'ConfirmingNew', 'EditingSection') THEN 1
            ELSE 0 END;
        DROP INDEX sessions_idle;
        CREATE INDEX sessions_idle ON sessions (last_activity) WHERE in_progress = 1;

        CREATE TABLE inbox_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            update_id INTEGER NOT NULL,
            fingerprint TEXT NOT NULL DEFAULT '',
            conversation_key TEXT NOT NULL,
            payload TEXT NOT NULL,
            received_at TEXT NOT NULL,
            applied_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            failed_at TEXT,
            error TEXT
        );
        INSERT INTO inbox_v4 (update_id, conversation_key, payload, received_at, applied_at)
            SELECT update_id, conversation_key, payload, received_at, applied_at FROM inbox ORDER BY update_id;
        DROP TABLE inbox;
        ALTER TABLE inbox_v4 RENAME TO inbox;
        CREATE UNIQUE INDEX inbox_seen ON inbox (update_id, fingerprint);
        CREATE INDEX inbox_pending ON inbox (conversation_key, id) WHERE applied_at IS NULL AND failed_at IS NULL;
        CREATE INDEX inbox_received ON inbox (received_at);

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_key TEXT,
            file_name TEXT NOT NULL,
            content BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        ALTER TABLE outbox ADD COLUMN conversation_key TEXT;
        ALTER TABLE outbox ADD COLUMN inbox_id INTEGER;
        ALTER TABLE outbox ADD COLUMN document_id INTEGER;
        CREATE INDEX outbox_created ON outbox (created_at);
        CREATE INDEX outbox_conversation ON outbox (conversation_key);

        CREATE TABLE admitted_users (
            user_id INTEGER PRIMARY KEY,
            admitted_at TEXT NOT NULL,
            invite_code TEXT
        );
        CREATE TABLE invite_codes (
            code TEXT PRIMARY KEY,
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_by INTEGER,
            used_at TEXT
        );
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
