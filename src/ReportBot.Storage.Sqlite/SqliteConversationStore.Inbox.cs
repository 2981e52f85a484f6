using Microsoft.Data.Sqlite;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Sqlite;

/// <summary>The inbox and the turn commit.</summary>
public sealed partial class SqliteConversationStore
{
    /// <summary>
    /// How long an update stored before fingerprints existed (schema 3) still counts as a redelivery of the same id:
    /// Telegram keeps unconfirmed updates for 24 hours, so an older id match is a restarted sequence, not a redelivery.
    /// </summary>
    private static readonly TimeSpan LegacyRedeliveryWindow = TimeSpan.FromHours(24);

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<long>>(
            async connection =>
            {
                var added = new List<long>();
                await using var transaction = connection.BeginTransaction();
                foreach (var item in items)
                {
                    var rows = await ExecuteAsync(connection, transaction, """
                        INSERT INTO inbox (update_id, fingerprint, conversation_key, payload, received_at)
                        SELECT $id, $fingerprint, $key, $payload, $now
                        WHERE NOT EXISTS (
                            SELECT 1 FROM inbox WHERE update_id = $id
                            AND (fingerprint = $fingerprint OR (fingerprint = '' AND received_at > $legacySince)))
                        ON CONFLICT (update_id, fingerprint) DO NOTHING;
                        """, new Dictionary<string, object?>
                    {
                        ["$id"] = item.UpdateId,
                        ["$fingerprint"] = item.Fingerprint,
                        ["$key"] = item.ConversationKey,
                        ["$payload"] = item.Payload,
                        ["$now"] = Now(),
                        ["$legacySince"] = Stamp(time.GetUtcNow() - LegacyRedeliveryWindow),
                    }, cancellationToken);
                    if (rows == 1)
                    {
                        added.Add(item.UpdateId);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
                return added;
            },
            cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<InboxItem>> PendingInboxAsync(string? conversationKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT id, update_id, conversation_key, payload, fingerprint, attempts FROM inbox
            WHERE applied_at IS NULL AND failed_at IS NULL AND ($key IS NULL OR conversation_key = $key)
            ORDER BY id LIMIT $limit;
            """,
            new Dictionary<string, object?> { ["$key"] = conversationKey, ["$limit"] = limit },
            r => new InboxItem(r.GetInt64(1), r.GetString(2), r.GetString(3)) { Id = r.GetInt64(0), Fingerprint = r.GetString(4), Attempts = r.GetInt32(5) },
            cancellationToken);

    /// <inheritdoc/>
    public Task<int> BeginAttemptAsync(long inboxId, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                var rows = await ReadAsync(
                    connection, null, "UPDATE inbox SET attempts = attempts + 1 WHERE id = $id RETURNING attempts;",
                    new Dictionary<string, object?> { ["$id"] = inboxId }, r => r.GetInt32(0), cancellationToken);
                return rows.Count == 0 ? 0 : rows[0];
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task MarkInboxFailedAsync(long inboxId, string error, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                await using var transaction = connection.BeginTransaction();
                var rows = await ExecuteAsync(
                    connection, transaction,
                    "UPDATE inbox SET failed_at = $now, error = $error WHERE id = $id AND applied_at IS NULL AND failed_at IS NULL;",
                    new Dictionary<string, object?> { ["$id"] = inboxId, ["$now"] = Now(), ["$error"] = error },
                    cancellationToken);
                if (rows == 1)
                {
                    var key = (await ReadAsync(connection, transaction, "SELECT conversation_key FROM inbox WHERE id = $id;", new Dictionary<string, object?> { ["$id"] = inboxId }, r => r.GetString(0), cancellationToken))[0];
                    await QueueAsync(connection, transaction, key, inboxId, outbox, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            },
            cancellationToken);

    /// <inheritdoc/>
    public Task<CommitOutcome> CommitTurnAsync(
        string conversationKey, ConversationState? session, long? inboxId, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                await using var transaction = connection.BeginTransaction();
                if (inboxId is not null)
                {
                    var marked = await ExecuteAsync(
                        connection, transaction,
                        "UPDATE inbox SET applied_at = $now WHERE id = $id AND applied_at IS NULL AND failed_at IS NULL;",
                        new Dictionary<string, object?> { ["$id"] = inboxId, ["$now"] = Now() },
                        cancellationToken);
                    if (marked != 1)
                    {
                        return CommitOutcome.AlreadyApplied;
                    }
                }

                if (session is not null && !await SaveAsync(connection, transaction, conversationKey, session, cancellationToken))
                {
                    return CommitOutcome.Conflict;
                }

                await QueueAsync(connection, transaction, conversationKey, inboxId, outbox, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return CommitOutcome.Committed;
            },
            cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> IdleConversationsAsync(DateTimeOffset idleSince, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT conversation_key FROM sessions
            WHERE in_progress = 1 AND last_activity <= $since
            ORDER BY last_activity LIMIT $limit;
            """,
            new Dictionary<string, object?> { ["$since"] = idleSince.UtcDateTime.ToString("O"), ["$limit"] = limit },
            r => r.GetString(0),
            cancellationToken);

    /// <summary>Inserts the replies (documents into their own table) in the caller's transaction.</summary>
    private async Task QueueAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationKey, long? inboxId, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken)
    {
        foreach (var entry in outbox)
        {
            long? documentId = null;
            if (entry.Document is { } document)
            {
                documentId = (await ReadAsync(
                    connection, transaction,
                    "INSERT INTO documents (conversation_key, file_name, content, created_at) VALUES ($key, $name, $content, $now) RETURNING id;",
                    new Dictionary<string, object?> { ["$key"] = conversationKey, ["$name"] = document.FileName, ["$content"] = document.Content, ["$now"] = Now() },
                    r => r.GetInt64(0),
                    cancellationToken))[0];
            }

            await ExecuteAsync(
                connection, transaction,
                """
                INSERT INTO outbox (channel_key, payload, created_at, conversation_key, inbox_id, document_id)
                VALUES ($channel, $payload, $now, $key, $inbox, $document);
                """,
                new Dictionary<string, object?>
                {
                    ["$channel"] = entry.ChannelKey,
                    ["$payload"] = entry.Payload,
                    ["$now"] = Now(),
                    ["$key"] = conversationKey,
                    ["$inbox"] = inboxId,
                    ["$document"] = documentId,
                },
                cancellationToken);
        }
    }
}
