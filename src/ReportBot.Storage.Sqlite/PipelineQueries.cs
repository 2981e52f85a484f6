namespace ReportBot.Storage.Sqlite;

/// <summary>
/// The statements the pipeline runs for every update or at every start, kept together so a test can hold each to an
/// index (EXPLAIN QUERY PLAN): none of them may scan the history of handled updates and sent replies.
/// </summary>
public static class PipelineQueries
{
    /// <summary>
    /// Pending updates of all conversations, in arrival order (read once at start). SQLite would rather scan the
    /// table in id order than sort the few pending rows, hence INDEXED BY the partial index of pending rows; a
    /// second index in id order would cost a page in every commit.
    /// </summary>
    public const string PendingInbox = """
        SELECT id, update_id, conversation_key, payload, fingerprint, attempts FROM inbox INDEXED BY inbox_pending
        WHERE applied_at IS NULL AND failed_at IS NULL
        ORDER BY id LIMIT $limit;
        """;

    /// <summary>
    /// Pending updates of one conversation. Its own statement: the former "$key IS NULL OR conversation_key = $key"
    /// kept SQLite from using the partial index and scanned the whole table.
    /// </summary>
    public const string PendingInboxOf = """
        SELECT id, update_id, conversation_key, payload, fingerprint, attempts FROM inbox
        WHERE conversation_key = $key AND applied_at IS NULL AND failed_at IS NULL
        ORDER BY id LIMIT $limit;
        """;

    /// <summary>Unsent replies of all chats, in id order (read once at start); see <see cref="PendingInbox"/>.</summary>
    public const string PendingOutbox = """
        SELECT id, channel_key, payload, attempts, document_id FROM outbox INDEXED BY outbox_pending
        WHERE sent_at IS NULL AND failed_at IS NULL
        ORDER BY id LIMIT $limit;
        """;

    /// <summary>Unsent replies of one chat.</summary>
    public const string PendingOutboxOf = """
        SELECT id, channel_key, payload, attempts, document_id FROM outbox
        WHERE channel_key = $channel AND sent_at IS NULL AND failed_at IS NULL
        ORDER BY id LIMIT $limit;
        """;

    /// <summary>Records an update unless it is a redelivery (same id and fingerprint); returns the new row's id.</summary>
    public const string AddToInbox = """
        INSERT INTO inbox (update_id, fingerprint, conversation_key, payload, received_at)
        SELECT $id, $fingerprint, $key, $payload, $now
        WHERE NOT EXISTS (
            SELECT 1 FROM inbox WHERE update_id = $id
            AND (fingerprint = $fingerprint OR (fingerprint = '' AND received_at > $legacySince)))
        ON CONFLICT (update_id, fingerprint) DO NOTHING
        RETURNING id;
        """;

    /// <summary>Conversations idle since a moment (the idle scanner, once a minute).</summary>
    public const string IdleConversations = """
        SELECT conversation_key FROM sessions
        WHERE in_progress = 1 AND last_activity <= $since AND conversation_key > $after
        ORDER BY conversation_key LIMIT $limit;
        """;

    /// <summary>Every statement above, by name (for the plan test).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [nameof(PendingInbox)] = PendingInbox,
        [nameof(PendingInboxOf)] = PendingInboxOf,
        [nameof(PendingOutbox)] = PendingOutbox,
        [nameof(PendingOutboxOf)] = PendingOutboxOf,
        [nameof(AddToInbox)] = AddToInbox,
        [nameof(IdleConversations)] = IdleConversations,
    };
}
