using Npgsql;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;

namespace ReportBot.Storage.Postgres;

/// <summary>The inbox and the turn commit.</summary>
public sealed partial class PostgresConversationStore
{
    private const string PendingInboxColumns = "id, update_id, conversation_key, payload, fingerprint, attempts";

    /// <inheritdoc/>
    public Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, CancellationToken cancellationToken) =>
        AddToInboxAsync(items, null, cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<long>> AddToInboxAsync(IReadOnlyList<InboxItem> items, KeyValuePair<string, string>? alsoSet, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var added = await InTransactionAsync(
            async (connection, transaction) =>
            {
                var added = new List<InboxItem>();
                foreach (var item in items)
                {
                    // A redelivery meets the unique index (also one another process inserts at this moment) and adds nothing.
                    var id = await ScalarAsync(
                        connection, transaction,
                        """
                        INSERT INTO inbox (update_id, fingerprint, conversation_key, payload, received_at)
                        VALUES (@id, @fingerprint, @key, @payload, @now)
                        ON CONFLICT (update_id, fingerprint) DO NOTHING
                        RETURNING id;
                        """,
                        cancellationToken,
                        ("id", item.UpdateId), ("fingerprint", item.Fingerprint), ("key", item.ConversationKey), ("payload", item.Payload), ("now", now));
                    if (id is long rowId)
                    {
                        added.Add(item with { Id = rowId, Attempts = 0 });
                    }
                }

                if (alsoSet is { } value)
                {
                    await SetValueAsync(connection, transaction, value.Key, value.Value, cancellationToken);
                }

                return added;
            },
            cancellationToken,
            added =>
            {
                if (added.Count > 0)
                {
                    _listener?.InboxAdded(added);
                }
            });
        return [.. added.Select(i => i.UpdateId)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<InboxItem>> PendingInboxAsync(string? conversationKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            conversationKey is null
                ? $"SELECT {PendingInboxColumns} FROM inbox WHERE applied_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT @limit;"
                : $"SELECT {PendingInboxColumns} FROM inbox WHERE conversation_key = @key AND applied_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT @limit;",
            r => new InboxItem(r.GetInt64(1), r.GetString(2), r.GetString(3)) { Id = r.GetInt64(0), Fingerprint = r.GetString(4), Attempts = r.GetInt32(5) },
            cancellationToken,
            ("key", conversationKey), ("limit", (long)limit));

    /// <inheritdoc/>
    public Task<int> BeginAttemptAsync(long inboxId, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (connection, transaction) =>
                await ScalarAsync(connection, transaction, "UPDATE inbox SET attempts = attempts + 1 WHERE id = @id RETURNING attempts;", cancellationToken, ("id", inboxId)) is int attempts
                    ? attempts
                    : 0,
            cancellationToken);

    /// <inheritdoc/>
    public async Task MarkInboxFailedAsync(long inboxId, string error, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                var key = await ScalarAsync(
                    connection, transaction,
                    "UPDATE inbox SET failed_at = @now, error = @error WHERE id = @id AND applied_at IS NULL AND failed_at IS NULL RETURNING conversation_key;",
                    cancellationToken,
                    ("id", inboxId), ("now", now), ("error", error)) as string;
                return key is null ? [] : await QueueAsync(connection, transaction, key, inboxId, outbox, now, cancellationToken);
            },
            cancellationToken,
            Announce);
    }

    /// <inheritdoc/>
    public Task<CommitOutcome> CommitTurnAsync(
        string conversationKey, ConversationState? session, long? inboxId, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken) =>
        CommitTurnAsync(new TurnCommit(conversationKey, session, inboxId, outbox), cancellationToken);

    /// <inheritdoc/>
    public async Task<CommitOutcome> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var json = commit.Session is null ? null : commit.SessionJson ?? SessionJson.Serialize(commit.Session with { Version = 0 });
        var now = _time.GetUtcNow();
        var (outcome, queued) = await InTransactionAsync<(CommitOutcome, List<OutboxItem>)>(
            async (connection, transaction) =>
            {
                // The row lock taken here makes a second process applying the same update wait, then find it applied.
                if (commit.InboxId is { } inboxId
                    && await ExecuteAsync(
                        connection, transaction,
                        "UPDATE inbox SET applied_at = @now WHERE id = @id AND applied_at IS NULL AND failed_at IS NULL;",
                        cancellationToken,
                        ("id", inboxId), ("now", now)) != 1)
                {
                    return (CommitOutcome.AlreadyApplied, []);
                }

                if (commit.Session is { } session && !await SaveAsync(connection, transaction, commit.ConversationKey, session, json!, now, cancellationToken))
                {
                    return (CommitOutcome.Conflict, []);
                }

                return (CommitOutcome.Committed, await QueueAsync(connection, transaction, commit.ConversationKey, commit.InboxId, commit.Outbox, now, cancellationToken));
            },
            cancellationToken,
            result => Announce(result.Item2),
            result => result.Item1 == CommitOutcome.Committed);
        return outcome;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> IdleConversationsAsync(DateTimeOffset idleSince, string? afterKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT conversation_key FROM sessions WHERE in_progress AND last_activity <= @since AND conversation_key > @after
            ORDER BY conversation_key LIMIT @limit;
            """,
            r => r.GetString(0),
            cancellationToken,
            ("since", idleSince.ToUniversalTime()), ("after", afterKey ?? string.Empty), ("limit", (long)limit));

    /// <summary>Inserts the replies (documents into their own table) in the caller's transaction.</summary>
    private static async Task<List<OutboxItem>> QueueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationKey, long? inboxId, IReadOnlyList<OutboxEntry> outbox, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queued = new List<OutboxItem>(outbox.Count);
        foreach (var entry in outbox)
        {
            long? documentId = entry.Document is { } document
                ? (long)(await ScalarAsync(
                    connection, transaction,
                    "INSERT INTO documents (conversation_key, file_name, content, created_at) VALUES (@key, @name, @content, @now) RETURNING id;",
                    cancellationToken,
                    ("key", conversationKey), ("name", document.FileName), ("content", document.Content), ("now", now)))!
                : null;
            var id = (long)(await ScalarAsync(
                connection, transaction,
                """
                INSERT INTO outbox (channel_key, payload, created_at, conversation_key, inbox_id, document_id)
                VALUES (@channel, @payload, @now, @key, @inbox, @document)
                RETURNING id;
                """,
                cancellationToken,
                ("channel", entry.ChannelKey), ("payload", entry.Payload), ("now", now), ("key", conversationKey), ("inbox", inboxId), ("document", documentId)))!;
            queued.Add(new OutboxItem(id, entry.ChannelKey, entry.Payload, 0) { DocumentId = documentId });
        }

        return queued;
    }

    /// <summary>Tells this process's pipeline of replies it committed (other processes find them by asking the database).</summary>
    private void Announce(List<OutboxItem> queued)
    {
        if (queued.Count > 0)
        {
            _listener?.OutboxAdded(queued);
        }
    }
}
