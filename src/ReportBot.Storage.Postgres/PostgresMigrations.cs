using Npgsql;
using ReportBot.Core.Conversations;

namespace ReportBot.Storage.Postgres;

/// <summary>
/// Schema versions, applied in order at start, one transaction each, recorded in <c>schema_migrations</c>. Several
/// instances may start at once: the migrating one holds an advisory lock, the others wait for it and then find the
/// schema current. A database migrated by a newer version of the bot is refused (the old code would misread it). A
/// migration is never edited once shipped: changes are new entries.
/// </summary>
public static class PostgresMigrations
{
    /// <summary>The advisory lock key the migrating instance holds ("RBmg").</summary>
    private const long MigrationLock = 0x52426D67;

    /// <summary>The schema, one script per version (index 0 = version 1). Times are timestamptz, set by the bot's clock.</summary>
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE sessions (
            conversation_key text PRIMARY KEY,
            version bigint NOT NULL,
            data text NOT NULL,
            updated_at timestamptz NOT NULL,
            last_activity timestamptz NOT NULL,
            in_progress boolean NOT NULL DEFAULT false
        );
        CREATE INDEX sessions_idle ON sessions (last_activity) WHERE in_progress;

        CREATE TABLE inbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            update_id bigint NOT NULL,
            fingerprint text NOT NULL,
            conversation_key text NOT NULL,
            payload text NOT NULL,
            received_at timestamptz NOT NULL,
            applied_at timestamptz,
            attempts integer NOT NULL DEFAULT 0,
            failed_at timestamptz,
            error text
        );
        CREATE UNIQUE INDEX inbox_seen ON inbox (update_id, fingerprint);
        CREATE INDEX inbox_pending ON inbox (conversation_key, id) WHERE applied_at IS NULL AND failed_at IS NULL;
        CREATE INDEX inbox_pending_order ON inbox (id) WHERE applied_at IS NULL AND failed_at IS NULL;
        CREATE INDEX inbox_received ON inbox (received_at);

        CREATE TABLE documents (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_key text,
            file_name text NOT NULL,
            content bytea NOT NULL,
            created_at timestamptz NOT NULL
        );
        CREATE INDEX documents_created ON documents (created_at);
        CREATE INDEX documents_conversation ON documents (conversation_key);

        CREATE TABLE outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            channel_key text NOT NULL,
            payload text NOT NULL,
            created_at timestamptz NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            sent_at timestamptz,
            failed_at timestamptz,
            error text,
            conversation_key text,
            inbox_id bigint,
            document_id bigint
        );
        CREATE INDEX outbox_pending ON outbox (channel_key, id) WHERE sent_at IS NULL AND failed_at IS NULL;
        CREATE INDEX outbox_pending_order ON outbox (id) WHERE sent_at IS NULL AND failed_at IS NULL;
        CREATE INDEX outbox_created ON outbox (created_at);
        CREATE INDEX outbox_conversation ON outbox (conversation_key);
        CREATE INDEX outbox_document ON outbox (document_id) WHERE document_id IS NOT NULL;

        CREATE TABLE kv (
            key text PRIMARY KEY,
            value text NOT NULL
        );
        CREATE TABLE admitted_users (
            user_id bigint PRIMARY KEY,
            admitted_at timestamptz NOT NULL,
            invite_code text
        );
        CREATE TABLE invite_codes (
            code text PRIMARY KEY,
            created_by bigint NOT NULL,
            created_at timestamptz NOT NULL,
            expires_at timestamptz NOT NULL,
            used_by bigint,
            used_at timestamptz
        );
        """,
    ];

    /// <summary>The version a fully migrated database has.</summary>
    public static int Latest => Scripts.Count;

    /// <summary>Brings the database up to <see cref="Latest"/> (or to <paramref name="target"/>, for tests).</summary>
    public static void Apply(NpgsqlConnection connection, int? target = null)
    {
        // The lock first: two servers creating the version table at once collide in the catalog even with IF NOT EXISTS.
        Execute(connection, null, $"SELECT pg_advisory_lock({MigrationLock});");
        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());");
            var current = Version(connection);
            if (current > Latest)
            {
                throw new StorageException(
                    $"the schema is at version {current}, newer than this version of the bot knows ({Latest}): run the newer version, or a database of this one");
            }

            for (var version = current + 1; version <= (target ?? Latest); version++)
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, Scripts[version - 1]);
                Execute(connection, transaction, $"INSERT INTO schema_migrations (version) VALUES ({version});");
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, null, $"SELECT pg_advisory_unlock({MigrationLock});");
        }
    }

    /// <summary>The schema version (0 for a new database).</summary>
    public static int Version(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations;", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
